namespace Archive.Core.Search;

/// <summary>The answer to a <see cref="SearchRequest"/>: the query as given, the number of matches, and one page of hits.</summary>
public sealed record SearchResponse(string Query, int Total, IReadOnlyList<SearchHit> Hits);
