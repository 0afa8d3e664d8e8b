using System.Diagnostics;
using System.Globalization;
using Archive.Core.Search;
using Archive.Core.Search.Expansion;
using Archive.Core.Search.Queries;
using Archive.Evaluation;

namespace Archive.Bench.Quality;

/// <summary>
/// Ours without the hit rendering: the same parser, query builder and index as <see cref="ArchiveSearch"/>; the time is
/// that of parsing, building and ranking (the top 100), before the hits' resolution numbers are read, to compare the
/// ranking work alone with the peers'. With
/// <paramref name="exact"/> it ranks the exact words only (no variants, no concept expansion): the cost of expansion is
/// the ratio of the two.
/// </summary>
internal sealed class ArchiveRankingEngine(SearchIndex index, SearchVocabulary vocabulary, bool exact) : IRankingEngine
{
    public const string ExpandedName = "ours, ranking only (top 100, no hits read)";
    public const string ExactName = "ours, ranking only, exact (no expansion)";

    public string Name => exact ? ExactName : ExpandedName;

    public QueryOutcome Run(JudgedQuery judged)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            IReadOnlyList<string> languages = judged.SearchLanguage is { } language ? [language] : index.Languages;
            var parsed = SearchQueryParser.Parse(judged.Query);
            var builder = new ExpandingQueryBuilder(index.Analyzers, vocabulary);
            var (resolutions, elapsed) = index.Search(searcher =>
            {
                var top = searcher.Search(builder.Build(parsed, languages, searcher.IndexReader, exact).Query, 100);
                var ranked = watch.Elapsed;
                return (top.ScoreDocs.Select(d => int.Parse(searcher.Doc(d.Doc).Get(SearchFields.Resolution, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)).ToList(), ranked);
            });
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
