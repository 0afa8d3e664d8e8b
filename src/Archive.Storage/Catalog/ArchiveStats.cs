namespace Archive.Core.Catalog;

/// <summary>Counts for <c>archive stats</c> and the health check.</summary>
public sealed record ArchiveStats(
    int Documents,
    int Resolutions,
    int Clauses,
    int Topics,
    IReadOnlyDictionary<string, int> TranslatedClauses,
    long Generation);
