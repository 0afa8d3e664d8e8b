namespace Archive.Core.Catalog;

/// <summary>One row of the resolution list (<c>archive list --json</c>, <c>GET /api/resolutions</c>).</summary>
public sealed record ResolutionSummary(
    int Number,
    string Kind,
    string Title,
    int Clauses,
    IReadOnlyList<string> Topics,
    IReadOnlyDictionary<string, string> Titles);
