namespace Archive.Core.Content;

/// <summary>
/// What the content checks compare translations with: the imported originals' clauses and titles, each collection's
/// original language, and the collection that a plain resolution number in content/topics.yml means.
/// </summary>
public sealed record OriginalTexts(
    IReadOnlyList<SourceClause> Clauses,
    IReadOnlyDictionary<string, string> CollectionLanguages,
    IReadOnlyDictionary<(string Collection, int Number), string>? Titles,
    string? FirstCollection)
{
    /// <summary>The ids retired by revisions of the originals (docs/clause-ids.md): a translation block for one is reported, not an error.</summary>
    public IReadOnlySet<(string Collection, int Resolution, string Id)> Retired { get; init; } = new HashSet<(string, int, string)>();

    /// <summary>The original's language of a collection ("und", undetermined, for one not imported).</summary>
    public string LanguageOf(string collection) => CollectionLanguages.GetValueOrDefault(collection, "und");
}
