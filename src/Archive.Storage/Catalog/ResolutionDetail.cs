namespace Archive.Core.Catalog;

/// <summary>A whole resolution with its clauses and their translations (<c>archive show N --json</c>), in the original's language and direction.</summary>
public sealed record ResolutionDetail(
    string Collection,
    int Number,
    string Kind,
    string Title,
    string Heading,
    string? PrintedNumber,
    IReadOnlyList<ClauseDetail> Clauses,
    IReadOnlyList<string> Topics,
    IReadOnlyDictionary<string, TranslationVersion> Versions,
    string Language,
    string Direction)
{
    /// <summary>The resolution's reference (<c>wpi-congress-12/1</c>), that every link to it is built from.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Texts.TextRef Reference => new(Collection, Number);
}
