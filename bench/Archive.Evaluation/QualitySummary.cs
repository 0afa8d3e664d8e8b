namespace Archive.Evaluation;

/// <summary>
/// Scores over a set of outcomes: hit@1 over the queries that judge a first resolution, recall@10 averaged over all
/// queries, and latency percentiles.
/// </summary>
public sealed record QualitySummary(int Queries, int JudgedFirst, double HitAt1, double RecallAt10, double MeanMs, double P50Ms, double P99Ms)
{
    public static QualitySummary Of(IReadOnlyCollection<QueryOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var firsts = outcomes.Where(o => o.HitAt1 is not null).ToList();
        var ms = outcomes.Select(o => o.Elapsed.TotalMilliseconds).Order().ToList();
        return new QualitySummary(
            outcomes.Count,
            firsts.Count,
            firsts.Count == 0 ? 1 : firsts.Count(o => o.HitAt1 == true) / (double)firsts.Count,
            outcomes.Count == 0 ? 1 : outcomes.Average(o => o.RecallAt10),
            ms.Count == 0 ? 0 : ms.Average(),
            Percentile(ms, 0.50),
            Percentile(ms, 0.99));
    }

    /// <summary>The nearest-rank percentile of sorted values (0 when there are none).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public override string ToString() =>
        FormattableString.Invariant($"{Queries} queries: hit@1 {HitAt1:0.00} ({JudgedFirst} judged), recall@10 {RecallAt10:0.00}, mean {MeanMs:0.00} ms, p50 {P50Ms:0.00} ms, p99 {P99Ms:0.00} ms");
}
