using System.Diagnostics;
using System.Globalization;
using Archive.Core.Search;
using Archive.Core.Search.Queries;
using Archive.Evaluation;

namespace Archive.Bench.Scale;

/// <summary>Our page of a kind of query through <see cref="ArchiveSearch"/>, and its parts, each timed once warm.</summary>
internal static class ArchivePageBench
{
    /// <summary>
    /// Runs every query once to warm up, then once timed through ArchiveSearch (a page of 10 hits with snippets) and once
    /// timed for the ranking alone (parse, build, top 10, no stored fields); prints the percentiles and the median hit count.
    /// </summary>
    public static PageTimings Measure(SearchIndex index, ArchiveSearch search, string kind, IReadOnlyList<string> queries)
    {
        foreach (var q in queries)
        {
            search.Search(new SearchRequest(q, "fa"));
        }

        var ranking = new List<double>();
        foreach (var q in queries)
        {
            var watch = Stopwatch.StartNew();
            var (query, _) = new LuceneQueryBuilder(index.Analyzers).Build(SearchQueryParser.Parse(q), ["fa"]);
            index.Search(searcher => searcher.Search(query, 10).TotalHits);
            ranking.Add(watch.Elapsed.TotalMilliseconds);
        }

        var samples = new List<double>();
        var totals = new List<int>();
        var slowest = new List<(double Ms, string Query, int Hits)>();
        foreach (var q in queries)
        {
            var watch = Stopwatch.StartNew();
            var response = search.Search(new SearchRequest(q, "fa"));
            samples.Add(watch.Elapsed.TotalMilliseconds);
            totals.Add(response.Total);
            slowest.Add((watch.Elapsed.TotalMilliseconds, q, response.Total));
        }

        // The same page without expansion (exact words only): what search-meaning's tiers and the resolution pool add.
        var exact = new List<double>();
        foreach (var q in queries)
        {
            var watch = Stopwatch.StartNew();
            search.Search(new SearchRequest(q, "fa") { Exact = true });
            exact.Add(watch.Elapsed.TotalMilliseconds);
        }

        // The same page for a query string not seen before (each with an excluded nonsense word, as bench/load.sh makes
        // uncached requests): the expansion and its Lucene weights are prepared afresh instead of taken from the searcher.
        var fresh = new List<double>();
        for (var i = 0; i < queries.Count; i++)
        {
            var watch = Stopwatch.StartNew();
            search.Search(new SearchRequest(queries[i] + " -zq" + i.ToString(CultureInfo.InvariantCulture) + "x", "fa"));
            fresh.Add(watch.Elapsed.TotalMilliseconds);
        }

        // The resolution ranking of the expanded query (pool, order, the page's stored documents) without snippets.
        var resolutions = new List<double>();
        foreach (var q in queries)
        {
            var watch = Stopwatch.StartNew();
            search.RankResolutions(new SearchRequest(q, "fa"));
            resolutions.Add(watch.Elapsed.TotalMilliseconds);
        }

        samples.Sort();
        ranking.Sort();
        resolutions.Sort();
        fresh.Sort();
        exact.Sort();
        totals.Sort();
        Console.WriteLine(Invariant(
            $"{kind,-6} queries: {queries.Count}, p50 {QualitySummary.Percentile(samples, 0.5):0.00} ms, p99 {QualitySummary.Percentile(samples, 0.99):0.00} ms, mean {samples.Average():0.00} ms, max {samples[^1]:0.00} ms; median hits {totals[totals.Count / 2]:N0}"));
        Console.WriteLine(Invariant(
            $"       a query string not seen before (prepared afresh): p50 {QualitySummary.Percentile(fresh, 0.5):0.00} ms, p99 {QualitySummary.Percentile(fresh, 0.99):0.00} ms, mean {fresh.Average():0.00} ms"));
        Console.WriteLine(Invariant(
            $"       exact words only, with snippets: p50 {QualitySummary.Percentile(exact, 0.5):0.00} ms, p99 {QualitySummary.Percentile(exact, 0.99):0.00} ms, mean {exact.Average():0.00} ms"));
        Console.WriteLine(Invariant(
            $"       resolution ranking, no snippets: p50 {QualitySummary.Percentile(resolutions, 0.5):0.00} ms, p99 {QualitySummary.Percentile(resolutions, 0.99):0.00} ms, mean {resolutions.Average():0.00} ms"));
        Console.WriteLine(Invariant(
            $"       Lucene's top 10 of the exact query alone: p50 {QualitySummary.Percentile(ranking, 0.5):0.00} ms, p99 {QualitySummary.Percentile(ranking, 0.99):0.00} ms, mean {ranking.Average():0.00} ms"));
        Console.WriteLine("       slowest: " + string.Join("; ", slowest.OrderByDescending(x => x.Ms).Take(3).Select(x => Invariant($"{x.Query} {x.Ms:0.0} ms, {x.Hits:N0} hits"))));
        return PageTimings.From(samples, totals);
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
