namespace Archive.Core.Catalog;

/// <summary>
/// One row of the resolution list (<c>archive list --json</c>, <c>GET /api/resolutions</c>): its collection's slug and its
/// number there; <see cref="Language"/> and <see cref="Direction"/> are the original's, from its collection.
/// </summary>
public sealed record ResolutionSummary(
    string Collection,
    int Number,
    string Kind,
    string Title,
    int Clauses,
    IReadOnlyList<string> Topics,
    IReadOnlyDictionary<string, string> Titles,
    string Language,
    string Direction)
{
    /// <summary>The resolution's reference (<c>wpi-congress-12/1</c>), that every link to it is built from.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Texts.TextRef Reference => new(Collection, Number);
}
