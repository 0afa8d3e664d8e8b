using System.Globalization;
using Archive.Evaluation;

namespace Archive.Bench.Quality;

/// <summary>Prints one table of a quality run: a row per engine for one query language, then the ratios ours/peer.</summary>
internal static class QualityTable
{
    public static void Print(string lang, IReadOnlyList<EngineOutcomes> results, bool verbose)
    {
        var title = lang == "*" ? "all queries of the set" : $"lang {lang}";
        Console.WriteLine();
        Console.WriteLine($"## {title}");
        Console.WriteLine("| engine | queries | hit@1 | recall@10 | failed | mean ms | p50 ms | p99 ms |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        var summaries = new List<QualitySummary>();
        foreach (var (engine, _, all) in results)
        {
            var outcomes = all.Where(o => lang == "*" || o.Judged.Lang == lang).ToList();
            var distinct = outcomes.DistinctBy(o => o.Judged.Line).ToList();
            var quality = QualitySummary.Of(distinct);
            var latency = QualitySummary.Of(outcomes);
            var summary = quality with { MeanMs = latency.MeanMs, P50Ms = latency.P50Ms, P99Ms = latency.P99Ms };
            summaries.Add(summary);
            var failed = distinct.Where(o => !o.Passed).ToList();
            Console.WriteLine(Invariant($"| {engine} | {summary.Queries} | {summary.HitAt1:0.00} | {summary.RecallAt10:0.00} | {failed.Count} | {summary.MeanMs:0.00} | {summary.P50Ms:0.00} | {summary.P99Ms:0.00} |"));
            if (verbose && lang != "*")
            {
                foreach (var f in failed)
                {
                    Console.WriteLine("    " + f.Describe());
                }
            }
        }

        for (var o = 0; o < results.Count; o++)
        {
            for (var p = 0; p < results.Count; p++)
            {
                if (!results[o].IsOurs || results[p].IsOurs)
                {
                    continue;
                }

                var (ours, peer) = (summaries[o], summaries[p]);
                Console.WriteLine(Invariant(
                    $"{results[o].Engine} / {results[p].Engine}: hit@1 ×{Ratio(ours.HitAt1, peer.HitAt1)}, recall@10 ×{Ratio(ours.RecallAt10, peer.RecallAt10)}, latency mean ×{Ratio(ours.MeanMs, peer.MeanMs)}, p50 ×{Ratio(ours.P50Ms, peer.P50Ms)}, p99 ×{Ratio(ours.P99Ms, peer.P99Ms)}"));
            }
        }

        PrintExpansionCost(results, summaries);
    }

    /// <summary>The latency cost of query understanding: ranking with variants and expansion over ranking the exact words.</summary>
    private static void PrintExpansionCost(IReadOnlyList<EngineOutcomes> results, List<QualitySummary> summaries)
    {
        var expanded = results.ToList().FindIndex(r => r.Engine == ArchiveRankingEngine.ExpandedName);
        var exact = results.ToList().FindIndex(r => r.Engine == ArchiveRankingEngine.ExactName);
        if (expanded >= 0 && exact >= 0)
        {
            var (e, x) = (summaries[expanded], summaries[exact]);
            Console.WriteLine(Invariant($"cost of expansion (ranking with expansion / exact ranking; target at most 1.5): mean ×{Ratio(e.MeanMs, x.MeanMs)}, p50 ×{Ratio(e.P50Ms, x.P50Ms)}, p99 ×{Ratio(e.P99Ms, x.P99Ms)}"));
        }
    }

    private static string Ratio(double ours, double peer) =>
        peer == 0 ? (ours == 0 ? "1.00" : "∞") : (ours / peer).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
