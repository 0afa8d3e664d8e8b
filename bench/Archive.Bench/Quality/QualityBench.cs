using System.Diagnostics;
using System.Globalization;
using Archive.Core.Search;
using Archive.Evaluation;

namespace Archive.Bench.Quality;

/// <summary>
/// <c>quality</c>: every judged query set (evaluation/) over the seed's clauses and their translations, side by side for our
/// search, Lucene's stock analyzers (Persian, English, German) with the classic QueryParser, and SQLite FTS5; hit@1,
/// recall@10 and latency per engine and the ratio ours/peer. The cross-language set runs against archives from which the
/// translations in the query's language of the resolutions it expects are removed.
/// </summary>
internal static class QualityBench
{
    private const int WarmUpPasses = 5;

    public static async Task<int> RunAsync(int rounds, bool verbose, string? setName)
    {
        var sets = setName is null ? JudgedQuerySet.All : [JudgedQuerySet.Named(setName)];
        await using var archive = await BenchArchive.CreateAsync();
        var texts = await archive.ImportSeedAsync();
        Console.WriteLine(Invariant($"corpus: {texts.Count} documents (clauses and titles, with their translations); {rounds} timed rounds after {WarmUpPasses} warm-up passes"));
        foreach (var set in sets)
        {
            var judged = set.Load(RepositoryRoot.Path);
            Console.WriteLine();
            Console.WriteLine(Invariant($"# set {set.Name} ({set.RelativePath}): {judged.Count} judged queries"));
            var results = set.WithoutOwnTranslations
                ? await MeasureWithoutOwnTranslationsAsync(judged, rounds)
                : Measure(archive, texts, judged, rounds);
            foreach (var lang in judged.Select(q => q.Lang).Distinct().Order(StringComparer.Ordinal).Append("*"))
            {
                QualityTable.Print(lang, results, verbose);
            }
        }

        PrintPageLatency(archive.Search, JudgedQuerySet.Core.Load(RepositoryRoot.Path), rounds);
        return 0;
    }

    /// <summary>Each engine's outcomes over <paramref name="judged"/> on one archive.</summary>
    private static List<EngineOutcomes> Measure(BenchArchive archive, IReadOnlyList<IndexedText> texts, IReadOnlyList<JudgedQuery> judged, int rounds)
    {
        IRankingEngine[] engines = [new ArchiveSearchEngine(archive.Search), new ArchiveRankingEngine(archive.Index, archive.Vocabulary, exact: false), new ArchiveRankingEngine(archive.Index, archive.Vocabulary, exact: true), new StockLuceneEngine(texts), new Fts5Engine(texts)];
        try
        {
            return [.. engines.Select(e => new EngineOutcomes(e.Name, e is ArchiveSearchEngine or ArchiveRankingEngine, Measure(e, judged, rounds)))];
        }
        finally
        {
            foreach (var engine in engines)
            {
                engine.Dispose();
            }
        }
    }

    /// <summary>Per query language, one archive without that language's translations of every resolution its queries expect.</summary>
    private static async Task<List<EngineOutcomes>> MeasureWithoutOwnTranslationsAsync(IReadOnlyList<JudgedQuery> judged, int rounds)
    {
        var combined = new List<EngineOutcomes>();
        foreach (var group in judged.GroupBy(q => q.Lang, StringComparer.Ordinal))
        {
            var removed = group.SelectMany(q => q.Expected).ToHashSet();
            var root = ArchiveWithoutTranslations.Create(RepositoryRoot.Path, group.Key, removed);
            try
            {
                await using var archive = await BenchArchive.CreateAsync(root);
                var texts = await archive.ImportSeedAsync();
                Console.WriteLine(Invariant($"{group.Key}: {group.Count()} queries on an archive without the {group.Key} translations of resolutions {string.Join(",", removed.Order())}"));
                var results = Measure(archive, texts, [.. group], rounds);
                combined = combined.Count == 0
                    ? results
                    : [.. combined.Zip(results, (a, b) => a with { Outcomes = [.. a.Outcomes, .. b.Outcomes] })];
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }

        return combined;
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
                    search.Search(new SearchRequest(q.Query, q.SearchLanguage));
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
        Console.WriteLine(Invariant($"ours, one page of 10 hits with snippets (core set): mean {samples.Average():0.00} ms, p50 {QualitySummary.Percentile(samples, 0.5):0.00} ms, p99 {QualitySummary.Percentile(samples, 0.99):0.00} ms"));
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
