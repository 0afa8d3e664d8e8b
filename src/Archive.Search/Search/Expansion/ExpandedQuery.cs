using Archive.Core.Search.Queries;
using Lucene.Net.Search;

namespace Archive.Core.Search.Expansion;

/// <summary>
/// A query with its understanding: the query to rank with, the query of best partial matches (any part of the words, for
/// when nothing has them all; null for a one-part query), what the snippets mark (every tier), what was searched besides the typed
/// words, the nearest known words for typed words the index does not know, and the topics of the concepts it names.
/// </summary>
public sealed record ExpandedQuery(Query Query, Query? Partial, HighlightTerms Highlights, IReadOnlyList<SearchExpansion> Expansions, IReadOnlyList<string> DidYouMean)
{
    /// <summary>What the typed words alone mark: a snippet tries these first, so it shows where the reader's own words are.</summary>
    public HighlightTerms ExactHighlights { get; init; } = Highlights;

    /// <summary>The topics the named concepts belong to: a resolution filed under them is about the subject (<see cref="ResolutionRanking"/>).</summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];
}
