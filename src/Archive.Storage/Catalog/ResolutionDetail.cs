namespace Archive.Core.Catalog;

/// <summary>A whole resolution with its clauses and their translations (<c>archive show N --json</c>), in the original's language and direction.</summary>
public sealed record ResolutionDetail(
    int Number,
    string Kind,
    string Title,
    string Heading,
    string? PrintedNumber,
    IReadOnlyList<ClauseDetail> Clauses,
    IReadOnlyList<string> Topics,
    IReadOnlyDictionary<string, TranslationVersion> Versions,
    string Language,
    string Direction);
