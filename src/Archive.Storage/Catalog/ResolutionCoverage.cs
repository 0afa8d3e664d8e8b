namespace Archive.Core.Catalog;

/// <summary>
/// A resolution's translations for the status page: its collection (the seed's folder, e.g. wpi-congress-12), its
/// original's title and language, its translated titles, its number of clauses, and its translated clauses counted by language and status.
/// </summary>
public sealed record ResolutionCoverage(
    int Number,
    string Collection,
    string Title,
    IReadOnlyDictionary<string, string> Titles,
    int Clauses,
    IReadOnlyList<StatusCount> Translated,
    string Language)
{
    /// <summary>The clauses translated into <paramref name="language"/>, whatever their status.</summary>
    public int TranslatedInto(string language) => Translated.Where(s => s.Language == language).Sum(s => s.Clauses);
}
