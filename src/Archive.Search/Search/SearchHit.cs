namespace Archive.Core.Search;

/// <summary>One matching clause (or title, with clause "title" and kind "title"): where it is (collection, resolution, clause), its printed label, which text matched, a highlighted snippet, its link.</summary>
public sealed record SearchHit(string Collection, int Resolution, string Clause, string Kind, string Label, string Lang, float Score, string Snippet, string Url);
