namespace Archive.Core.Search;

/// <summary>One document to index: a clause (or a resolution's title, clause "title") with its text per language.</summary>
public sealed record IndexedText(
    int Resolution,
    string Clause,
    string Kind,
    string Label,
    IReadOnlyList<string> Topics,
    IReadOnlyDictionary<string, string> Texts);
