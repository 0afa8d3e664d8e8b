using System.Diagnostics;
using System.Globalization;
using Archive.Core.Search;
using Archive.Core.Tests.Search.Evaluation;

namespace Archive.Bench.Quality;

/// <summary>
/// <c>quality</c>: the judged queries over the seed's clauses and their translations, side by side for our search, Lucene's
/// stock PersianAnalyzer with the classic QueryParser, and SQLite FTS5; hit@1, recall@10 and latency per engine and the
/// ratio ours/peer.
/// </summary>
internal static class QualityBench
{
    private const int WarmUpPasses = 5;

    public static async Task<int> RunAsync(int rounds, bool verbose)
    {
        var judged = JudgedQueryFile.Load(Path.Combine(RepositoryRoot.Path, JudgedQueryFile.RelativePath));
        await using var archive = await BenchArchive.CreateAsync();
        var texts = await archive.ImportSeedAsync();
        Console.WriteLine(Invariant($"corpus: {texts.Count} documents (clauses and titles, with their translations); {judged.Count} judged queries; {rounds} timed rounds after {WarmUpPasses} warm-up passes"));
        IRankingEngine[] engines = [new ArchiveSearchEngine(archive.Search), new ArchiveRankingEngine(archive.Index), new StockLuceneEngine(texts), new Fts5Engine(texts)];
        try
        {
            var results = engines.Select(e => (Engine: e, Outcomes: Measure(e, judged, rounds))).ToList();
            foreach (var lang in new[] { "fa", "en", "all", "*" })
            {
                PrintTable(lang, results, verbose);
            }

            PrintPageLatency(archive.Search, judged, rounds);
            return 0;
        }
        finally
        {
            foreach (var engine in engines)
            {
                engine.Dispose();
            }
        }
    }

    /// <summary>Warm-up passes (so the JIT's tiered recompilation is done), then <paramref name="rounds"/> timed passes.</summary>
    private static List<QueryOutcome> Measure(IRankingEngine engine, IReadOnlyList<JudgedQuery> judged, int rounds)
    {
        for (var pass = 0; pass < WarmUpPasses; pass++)
        {
            foreach (var q in judged)
            {
                engine.Run(q);
            }
        }

        Thread.Sleep(500);

        var byQuery = judged.Select(q => new List<QueryOutcome>()).ToList();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < judged.Count; i++)
            {
                byQuery[i].Add(engine.Run(judged[i]));
            }
        }

        // Every timed run becomes one sample; the ranking is the same in every round.
        return [.. byQuery.SelectMany(runs => runs)];
    }

    private static void PrintTable(string lang, List<(IRankingEngine Engine, List<QueryOutcome> Outcomes)> results, bool verbose)
    {
        var title = lang == "*" ? "all queries" : $"lang {lang}";
        Console.WriteLine();
        Console.WriteLine($"## {title}");
        Console.WriteLine("| engine | queries | hit@1 | recall@10 | failed | mean ms | p50 ms | p99 ms |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        var summaries = new List<QualitySummary>();
        foreach (var (engine, all) in results)
        {
            var outcomes = all.Where(o => lang == "*" || o.Judged.Lang == lang).ToList();
            var distinct = outcomes.DistinctBy(o => o.Judged.Line).ToList();
            var quality = QualitySummary.Of(distinct);
            var latency = QualitySummary.Of(outcomes);
            var summary = quality with { MeanMs = latency.MeanMs, P50Ms = latency.P50Ms, P99Ms = latency.P99Ms };
            summaries.Add(summary);
            var failed = distinct.Where(o => !o.Passed).ToList();
            Console.WriteLine(Invariant($"| {engine.Name} | {summary.Queries} | {summary.HitAt1:0.00} | {summary.RecallAt10:0.00} | {failed.Count} | {summary.MeanMs:0.00} | {summary.P50Ms:0.00} | {summary.P99Ms:0.00} |"));
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
            if (results[o].Engine is not (ArchiveSearchEngine or ArchiveRankingEngine))
            {
                continue;
            }

            for (var p = 0; p < results.Count; p++)
            {
                if (results[p].Engine is ArchiveSearchEngine or ArchiveRankingEngine)
                {
                    continue;
                }

                var (ours, peer) = (summaries[o], summaries[p]);
                Console.WriteLine(Invariant(
                    $"{results[o].Engine.Name} / {results[p].Engine.Name}: hit@1 ×{Ratio(ours.HitAt1, peer.HitAt1)}, recall@10 ×{Ratio(ours.RecallAt10, peer.RecallAt10)}, latency mean ×{Ratio(ours.MeanMs, peer.MeanMs)}, p50 ×{Ratio(ours.P50Ms, peer.P50Ms)}, p99 ×{Ratio(ours.P99Ms, peer.P99Ms)}"));
            }
        }
    }

    /// <summary>Ours as the search page runs it: one page of 10 hits with snippets.</summary>
    private static void PrintPageLatency(ArchiveSearch search, IReadOnlyList<JudgedQuery> judged, int rounds)
    {
        var samples = new List<double>();
        for (var round = 0; round <= rounds + WarmUpPasses; round++)
        {
            foreach (var q in judged)
            {
                var watch = Stopwatch.StartNew();
                try
                {
                    search.Search(new SearchRequest(q.Query, q.Lang == "all" ? null : q.Lang));
                }
                catch (SearchQueryException)
                {
                    // Counted like any other query.
                }

                if (round > WarmUpPasses)
                {
                    samples.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }

        samples.Sort();
        Console.WriteLine();
        Console.WriteLine(Invariant($"ours, one page of 10 hits with snippets: mean {samples.Average():0.00} ms, p50 {QualitySummary.Percentile(samples, 0.5):0.00} ms, p99 {QualitySummary.Percentile(samples, 0.99):0.00} ms"));
    }

    private static string Ratio(double ours, double peer) =>
        peer == 0 ? (ours == 0 ? "1.00" : "∞") : (ours / peer).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
