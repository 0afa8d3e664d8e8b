using System.Diagnostics;
using Archive.Core.Search;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Bench.Scale;

/// <summary>
/// Lucene's stock PersianAnalyzer over the same documents (<see cref="SearchDocuments.Create(IndexedText)"/>, BM25),
/// written as the benchmark writes ours (same buffer, same threads), queried with the classic QueryParser (default
/// operator AND) and given snippets by Lucene's Highlighter, as a stock Lucene application would.
/// </summary>
internal sealed class StockLucenePeer : IScalePeer
{
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly string Field = SearchFields.Text("fa");

    private readonly DirectoryInfo folder = System.IO.Directory.CreateTempSubdirectory("archive-scale-stock-");
    private readonly PersianAnalyzer analyzer = new(Version);
    private FSDirectory? directory;
    private DirectoryReader? reader;
    private IndexSearcher? searcher;

    public string Name => "Lucene stock PersianAnalyzer + QueryParser + Highlighter";

    public (double Seconds, long Bytes) Build(SyntheticCorpus corpus, int clauses, int threads)
    {
        directory = FSDirectory.Open(folder);
        var watch = Stopwatch.StartNew();
        double seconds;
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { OpenMode = OpenMode.CREATE, Similarity = new BM25Similarity(), RAMBufferSizeMB = 128 }))
        {
            Parallel.For(0, SyntheticCorpus.Blocks(clauses), new ParallelOptions { MaxDegreeOfParallelism = threads }, block =>
            {
                foreach (var text in corpus.Block(block, clauses))
                {
                    writer.AddDocument(SearchDocuments.Create(text));
                }
            });
            writer.Commit();
            seconds = watch.Elapsed.TotalSeconds; // as ours is timed: to the commit, before the background merges end
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        return (seconds, folder.EnumerateFiles().Sum(f => f.Length));
    }

    public int Page(string query)
    {
        var s = searcher ?? throw new InvalidOperationException("Build first.");
        Query parsed;
        try
        {
            parsed = new QueryParser(Version, Field, analyzer) { DefaultOperator = Operator.AND }.Parse(query);
        }
        catch (ParseException)
        {
            return -1;
        }

        var top = s.Search(parsed, 10);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new QueryScorer(parsed, Field));
        foreach (var hit in top.ScoreDocs)
        {
            var text = s.Doc(hit.Doc).Get(Field, System.Globalization.CultureInfo.InvariantCulture);
            _ = highlighter.GetBestFragment(analyzer, Field, text);
        }

        return top.TotalHits;
    }

    public void Dispose()
    {
        reader?.Dispose();
        directory?.Dispose();
        analyzer.Dispose();
        folder.Delete(recursive: true);
    }
}
