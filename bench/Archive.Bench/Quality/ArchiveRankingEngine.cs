using System.Diagnostics;
using System.Globalization;
using Archive.Core.Search;
using Archive.Core.Search.Queries;
using Archive.Evaluation;

namespace Archive.Bench.Quality;

/// <summary>
/// Ours without the hit rendering: the same parser, query builder and index as <see cref="ArchiveSearch"/>, reading only
/// each hit's resolution number (no snippets), to compare the ranking work alone with the peers'.
/// </summary>
internal sealed class ArchiveRankingEngine(SearchIndex index) : IRankingEngine
{
    public string Name => "ours, ranking only (no snippets)";

    public QueryOutcome Run(JudgedQuery judged)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            IReadOnlyList<string> languages = judged.SearchLanguage is { } language ? [language] : index.Languages;
            var (query, _) = new LuceneQueryBuilder(index.Analyzers).Build(SearchQueryParser.Parse(judged.Query), languages);
            var resolutions = index.Search(searcher => searcher.Search(query, 100).ScoreDocs
                .Select(d => int.Parse(searcher.Doc(d.Doc).Get(SearchFields.Resolution, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))
                .ToList());
            watch.Stop();
            return new QueryOutcome(judged, QueryOutcome.TopResolutions(resolutions), watch.Elapsed);
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
