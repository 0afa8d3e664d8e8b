namespace Archive.Core.Import;

/// <summary>What an import did with content/: translations per language and topics.</summary>
public sealed record ContentImportSummary(
    IReadOnlyDictionary<string, int> TranslatedClauses,
    int TranslationsChanged,
    int Topics,
    bool Changed);
