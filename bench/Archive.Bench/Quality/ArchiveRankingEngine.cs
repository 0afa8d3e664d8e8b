using System.Diagnostics;
using System.Globalization;
using Archive.Core.Search;
using Archive.Core.Search.Expansion;
using Archive.Core.Search.Queries;
using Archive.Evaluation;

namespace Archive.Bench.Quality;

/// <summary>
/// Ours without the hit rendering: <see cref="ArchiveSearch.RankResolutions"/>, the same parser, query builder, prepared
/// queries and index as <see cref="ArchiveSearch.Search"/>; the time is that of parsing, building and ranking (the top
/// 100) and reading the hits' resolution numbers, to compare the
/// ranking work alone with the peers'. With
/// <paramref name="exact"/> it ranks the exact words only (no variants, no concept expansion): the cost of expansion is
/// the ratio of the two.
/// </summary>
internal sealed class ArchiveRankingEngine(SearchIndex index, SearchVocabulary vocabulary, bool exact) : IRankingEngine
{
    private readonly ArchiveSearch search = new(index, vocabulary);

    public const string ExpandedName = "ours, ranking only (top 100, no hits read)";
    public const string ExactName = "ours, ranking only, exact (no expansion)";

    public string Name => exact ? ExactName : ExpandedName;

    public QueryOutcome Run(JudgedQuery judged)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var resolutions = search.RankResolutions(new SearchRequest(judged.Query, judged.SearchLanguage, Limit: 100) { Exact = exact });
            var elapsed = watch.Elapsed;
            return new QueryOutcome(judged, QueryOutcome.TopResolutions(resolutions), elapsed);
        }
        catch (SearchQueryException ex)
        {
            return new QueryOutcome(judged, [], watch.Elapsed, ex.Message);
        }
    }

    public void Dispose()
    {
        // The archive owns the index.
    }
}
