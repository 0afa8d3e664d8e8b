namespace Archive.Core.Exports;

/// <summary>A resolution: number, kind (qatnameh, qarar), heading and title as printed, topics, translations of its title, clauses.</summary>
public sealed record BundleResolution(
    int Number,
    string Ref,
    string Url,
    string Kind,
    string Heading,
    string Title,
    string? PrintedNumber,
    int SourceLine,
    IReadOnlyList<string> Topics,
    IReadOnlyList<BundleResolutionTranslation> Translations,
    IReadOnlyList<BundleClause> Clauses);
