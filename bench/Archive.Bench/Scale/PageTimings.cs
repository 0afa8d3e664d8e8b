using System.Diagnostics;
using System.Globalization;
using Archive.Evaluation;

namespace Archive.Bench.Scale;

/// <summary>The times of one kind of query, each run once warm: percentiles in milliseconds and the median hit count.</summary>
internal sealed record PageTimings(double P50, double P99, double Mean, int MedianHits, int Failed)
{
    /// <summary>The slowest query of the kind: its text, milliseconds and hit count.</summary>
    public (string Query, double Ms, int Hits)? Slowest { get; init; }

    /// <summary>Runs every query once to warm up, then once timed; <paramref name="page"/> returns the hit count, or -1 for a query the engine refused.</summary>
    public static PageTimings Measure(IReadOnlyList<string> queries, Func<string, int> page)
    {
        foreach (var q in queries)
        {
            page(q);
        }

        var samples = new List<double>();
        var hits = new List<int>();
        var failed = 0;
        (string, double Ms, int)? slowest = null;
        foreach (var q in queries)
        {
            var watch = Stopwatch.StartNew();
            var total = page(q);
            var ms = watch.Elapsed.TotalMilliseconds;
            samples.Add(ms);
            hits.Add(Math.Max(total, 0));
            failed += total < 0 ? 1 : 0;
            slowest = slowest is { } s && s.Ms >= ms ? s : (q, ms, total);
        }

        return From(samples, hits, failed) with { Slowest = slowest };
    }

    public static PageTimings From(List<double> samples, List<int> hits, int failed = 0)
    {
        samples.Sort();
        hits.Sort();
        return new PageTimings(
            QualitySummary.Percentile(samples, 0.5),
            QualitySummary.Percentile(samples, 0.99),
            samples.Average(),
            hits[hits.Count / 2],
            failed);
    }

    /// <summary>"p50 … ms, p99 … ms" and, given ours, how many times this engine's time ours is.</summary>
    public string Describe(PageTimings? ours = null)
    {
        var refused = Failed > 0 ? Invariant($", {Failed} refused") : string.Empty;
        var ratio = ours is null ? string.Empty : Invariant($" — ours ÷ this: p50 ×{ours.P50 / P50:0.0#}, p99 ×{ours.P99 / P99:0.0#}");
        var slowest = Slowest is { } q ? Invariant($"; slowest {q.Query} {q.Ms:0.0} ms, {q.Hits:N0} hits") : string.Empty;
        return Invariant($"p50 {P50:0.00} ms, p99 {P99:0.00} ms, mean {Mean:0.00} ms; median hits {MedianHits:N0}") + refused + slowest + ratio;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
