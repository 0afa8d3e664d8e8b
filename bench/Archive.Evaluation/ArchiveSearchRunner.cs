using System.Diagnostics;
using Archive.Core.Search;

namespace Archive.Evaluation;

/// <summary>Runs a judged query through <see cref="ArchiveSearch"/>, exactly as the search box does.</summary>
public static class ArchiveSearchRunner
{
    public static QueryOutcome Run(ArchiveSearch search, JudgedQuery judged)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(judged);
        var request = new SearchRequest(judged.Query, judged.SearchLanguage, Limit: SearchRequest.MaxLimit);
        var watch = Stopwatch.StartNew();
        try
        {
            var response = search.Search(request);
            watch.Stop();
            return new QueryOutcome(judged, QueryOutcome.TopResolutions(response.Hits.Select(h => h.Resolution)), watch.Elapsed);
        }
        catch (SearchQueryException ex)
        {
            return new QueryOutcome(judged, [], watch.Elapsed, ex.Message);
        }
    }
}
