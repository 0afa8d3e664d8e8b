using Archive.Core.Search.Expansion;

namespace Archive.Core.Search;

/// <summary>The answer to a <see cref="SearchRequest"/>: the query as given, the number of matches, and one page of hits.</summary>
public sealed record SearchResponse(string Query, int Total, IReadOnlyList<SearchHit> Hits)
{
    /// <summary>What was searched besides the typed words (variants, concepts, nearest words); empty in exact search.</summary>
    public IReadOnlyList<SearchExpansion> AlsoSearched { get; init; } = [];

    /// <summary>True when no text has every part of the query and the hits are the best partial matches.</summary>
    public bool Partial { get; init; }

    /// <summary>Known words nearest to typed words the archive does not know.</summary>
    public IReadOnlyList<string> DidYouMean { get; init; } = [];
}
