using System.Diagnostics;
using System.Globalization;
using Archive.Core.Search;
using Archive.Core.Search.Analysis;
using Archive.Core.Search.Expansion;
using Archive.Core.Search.Queries;
using Archive.Evaluation;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Archive.Core.Texts.Languages;

namespace Archive.Bench.Scale;

/// <summary>
/// <c>scale</c>: a synthetic archive of N clauses built from the seed's sentences, indexed through the archive's own
/// documents and analyzers (same writer settings as <see cref="SearchIndex"/>), then opened by <see cref="SearchIndex"/>
/// and queried through <see cref="ArchiveSearch"/> (one page of 10 hits with snippets), warm.
/// </summary>
internal static class ScaleBench
{
    // The commit data SearchIndex reads to accept an index as current (see SearchIndex.OpenExisting).
    private const string StampKey = "stamp";
    private const string GenerationKey = "generation";
    private const string LanguagesKey = "languages";
    private const string ConceptsKey = "concepts";

    public static async Task<int> RunAsync(ScaleOptions options)
    {
        var (clauses, queriesPerKind, threads) = (options.Clauses, options.Queries, options.Threads);
        SyntheticCorpus corpus;
        await using (var seed = await BenchArchive.CreateAsync())
        {
            var texts = await seed.ImportSeedAsync();
            corpus = new SyntheticCorpus(texts.Select(t => t.Texts["fa"]));
        }

        double? importSeconds = null;
        if (options.Import && (importSeconds = await ScaleImportBench.RunAsync(corpus, clauses, options.Keep, options.Postgres)) is null)
        {
            return 1;
        }

        if (options.ImportOnly)
        {
            return 0;
        }

        await using var archive = await BenchArchive.CreateAsync();
        Console.WriteLine(Invariant($"synthetic archive: {clauses:N0} clauses from {corpus.Sentences.Count} seed sentences, {threads} indexing threads"));
        PrintStampingCost(corpus, clauses, archive.Vocabulary.Stamper);
        var (indexSeconds, mergeSeconds) = Index(corpus, clauses, threads, archive.IndexDirectory, archive.Vocabulary.Stamper);
        var size = new DirectoryInfo(archive.IndexDirectory).EnumerateFiles().Sum(f => f.Length);
        Console.WriteLine(Invariant($"indexing: {clauses / indexSeconds:N0} clauses/s ({indexSeconds:0.0} s to add and commit; merges done {mergeSeconds:0.0} s later)"));
        Console.WriteLine(Invariant($"index size on disk: {size / 1048576.0:N1} MiB ({size / (double)clauses:N0} bytes/clause)"));
        Console.WriteLine(Invariant($"peak working set after indexing: {Environment.WorkingSet / 1048576.0:N0} MiB now, {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB peak"));
        if (options.IndexOnly)
        {
            return 0;
        }

        var open = Stopwatch.StartNew();
        await archive.Index.EnsureCurrentAsync(CancellationToken.None);
        var (docs, segments) = archive.Index.Search(s => (s.IndexReader.NumDocs, s.IndexReader.Leaves.Count));
        if (docs != clauses)
        {
            throw new InvalidOperationException(Invariant($"SearchIndex holds {docs} documents, not {clauses}: it did not accept the synthetic index as current."));
        }

        Console.WriteLine(Invariant($"opened through SearchIndex in {open.Elapsed.TotalMilliseconds:N0} ms: {docs:N0} documents in {segments} segments"));
        var kinds = ScaleQuerySet.Build(corpus.Sentences, queriesPerKind);
        var ours = kinds.Select(k => (k.Kind, ArchivePageBench.Measure(archive.Index, archive.Search, k.Kind, k.Queries))).ToList();
        Console.WriteLine(Invariant($"process peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB"));
        PeerBench.Run(corpus, clauses, threads, kinds, ours, (indexSeconds, size), importSeconds);
        return 0;
    }

    /// <summary>The index analysis per clause beside Lucene's stock Persian analysis, and what concept stamping and the common-word grams add to it, on the first 20,000 clauses (one thread, after a warm-up).</summary>
    private static void PrintStampingCost(SyntheticCorpus corpus, int clauses, ConceptStamper concepts)
    {
        using var analyzers = new AnalyzerRegistry(LanguageRulesRegistry.BuiltIn);
        var sample = Enumerable.Range(0, SyntheticCorpus.Blocks(clauses)).SelectMany(b => corpus.Block(b, clauses)).Take(20_000).ToList();
        var field = SearchFields.Text("fa");
        using var stock = new Lucene.Net.Analysis.Fa.PersianAnalyzer(LuceneVersion.LUCENE_48);
        foreach (var text in sample.Take(2_000))
        {
            // warm-up, so that every chain is timed in optimised code
            _ = TokenStreams.Analyze(stock, field, text.Texts["fa"]).Count + (concepts.Stamp("fa", TokenStreams.Analyze(analyzers.ForIndex("fa"), field, text.Texts["fa"]))?.Concepts.Count ?? 0);
        }

        var watch = Stopwatch.StartNew();
        var tokens = sample.Sum(t => TokenStreams.Analyze(analyzers.ForIndex("fa"), field, t.Texts["fa"]).Count);
        var analysis = watch.Elapsed.TotalMilliseconds * 1000 / sample.Count;
        watch.Restart();
        var stockTokens = sample.Sum(t => TokenStreams.Analyze(stock, field, t.Texts["fa"]).Count);
        var stockAnalysis = watch.Elapsed.TotalMilliseconds * 1000 / sample.Count;
        // Stamping as the index does it: over the tokens of the analysis the document already made.
        var analysed = sample.Select(t => TokenStreams.Analyze(analyzers.ForIndex("fa"), field, t.Texts["fa"])).ToList();
        var words = analysed.Sum(tokens => tokens.Count(t => t.PositionIncrement > 0));
        var surfaces = analysed.Sum(tokens => tokens.Count(t => t.PositionIncrement == 0 && t.Term.StartsWith('='))); // the stem filter's surface-form marker
        watch.Restart();
        var stamps = analysed.Sum(tokens => concepts.Stamp("fa", tokens)?.Concepts.Count ?? 0);
        var stamping = watch.Elapsed.TotalMilliseconds * 1000 / sample.Count;
        watch.Restart();
        var grams = analysed.Sum(tokens => CommonWordGrams.Add(tokens, analyzers.Rules("fa").CommonWords).Count - tokens.Count);
        var gramming = watch.Elapsed.TotalMilliseconds * 1000 / sample.Count;
        Console.WriteLine(Invariant(
            $"per clause, one thread, {sample.Count:N0} clauses: index analysis {analysis:0.0} µs ({tokens / (double)sample.Count:0} tokens: {words / (double)sample.Count:0.0} words, {surfaces / (double)sample.Count:0.0} surface forms, {(tokens - words - surfaces) / (double)sample.Count:0.0} joined pairs; Lucene's stock PersianAnalyzer {stockAnalysis:0.0} µs, {stockTokens / (double)sample.Count:0} tokens, ×{analysis / stockAnalysis:0.0}), concept stamping {stamping:0.0} µs ({stamps / (double)sample.Count:0.00} stamps), common-word grams {gramming:0.0} µs ({grams / (double)sample.Count:0.0} grams)"));
    }

    private static (double IndexSeconds, double MergeSeconds) Index(SyntheticCorpus corpus, int clauses, int threads, string path, ConceptStamper concepts)
    {
        using var analyzers = new AnalyzerRegistry(LanguageRulesRegistry.BuiltIn);
        using var analyzer = new TextFieldAnalyzer(analyzers, forQuery: false);
        using var directory = FSDirectory.Open(new DirectoryInfo(path));
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 128,
        };
        var watch = Stopwatch.StartNew();
        var writer = new IndexWriter(directory, config);
        try
        {
            Parallel.For(0, SyntheticCorpus.Blocks(clauses), new ParallelOptions { MaxDegreeOfParallelism = threads }, block =>
            {
                foreach (var text in corpus.Block(block, clauses))
                {
                    writer.AddDocument(SearchDocuments.Create(text, analyzers, concepts));
                }
            });
            writer.SetCommitData(new Dictionary<string, string>
            {
                [StampKey] = SearchIndex.Stamp,
                [GenerationKey] = "0",
                [LanguagesKey] = "fa",
                [ConceptsKey] = concepts.Fingerprint,
            });
            writer.Commit();
            var indexed = watch.Elapsed.TotalSeconds;
            writer.Dispose(); // waits for the background merges
            writer = null;
            return (indexed, watch.Elapsed.TotalSeconds - indexed);
        }
        finally
        {
            writer?.Dispose();
        }
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
