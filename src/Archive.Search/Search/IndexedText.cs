namespace Archive.Core.Search;

/// <summary>
/// One document to index: a clause (or a resolution's title, clause "title") with its text per language;
/// <paramref name="Original"/> is the language of the original text among them.
/// </summary>
public sealed record IndexedText(
    int Resolution,
    string Clause,
    string Kind,
    string Label,
    IReadOnlyList<string> Topics,
    IReadOnlyDictionary<string, string> Texts,
    string Original)
{
    /// <summary>The slug of the resolution's collection.</summary>
    public string Collection { get; init; } = string.Empty;

    /// <summary>The resolution's row id and content tag as the database had them (<see cref="IndexedResolution.Tag"/>); kept on its title document.</summary>
    public string Tag { get; init; } = string.Empty;

    /// <summary>
    /// How many clauses the resolution has (each one a document besides its title): its share of matching clauses is
    /// weighed against this (<see cref="ResolutionRanking"/>), read from the document's values at search time.
    /// </summary>
    public int ClauseCount { get; init; }

    /// <summary>The resolution's key in the index, <c>collection/number</c>: every document of a resolution carries it, to be deleted by term.</summary>
    public string ResolutionKey => IndexedResolution.KeyOf(Collection, Resolution);
}
