namespace Archive.Core.Search;

/// <summary>One matching clause (or title, with clause "title"): where it is, which text matched, a highlighted snippet, its link.</summary>
public sealed record SearchHit(int Resolution, string Clause, string Lang, float Score, string Snippet, string Url);
