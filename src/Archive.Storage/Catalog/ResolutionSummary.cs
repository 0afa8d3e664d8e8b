namespace Archive.Core.Catalog;

/// <summary>
/// One row of the resolution list (<c>archive list --json</c>, <c>GET /api/resolutions</c>); <see cref="Language"/> and
/// <see cref="Direction"/> are the original's, from its source document.
/// </summary>
public sealed record ResolutionSummary(
    int Number,
    string Kind,
    string Title,
    int Clauses,
    IReadOnlyList<string> Topics,
    IReadOnlyDictionary<string, string> Titles,
    string Language,
    string Direction);
