using System.Diagnostics;
using System.Globalization;
using Archive.Core.Search;
using Archive.Evaluation;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Bench.Quality;

/// <summary>
/// The peer: the same documents (<see cref="SearchDocuments"/>, BM25, title boost) analysed with Lucene's stock
/// PersianAnalyzer (and EnglishAnalyzer, GermanAnalyzer), queried with the classic QueryParser, default operator AND.
/// </summary>
internal sealed class StockLuceneEngine : IRankingEngine
{
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly string[] AllFields = [SearchFields.Text("fa"), SearchFields.Text("en"), SearchFields.Text("de")];

    private readonly RAMDirectory directory = new();
    private readonly PerFieldAnalyzerWrapper analyzer;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;

    public StockLuceneEngine(IReadOnlyList<IndexedText> texts)
    {
        analyzer = new PerFieldAnalyzerWrapper(new Lucene.Net.Analysis.Core.KeywordAnalyzer(), new Dictionary<string, Analyzer>
        {
            [SearchFields.Text("fa")] = new PersianAnalyzer(Version),
            [SearchFields.Text("en")] = new EnglishAnalyzer(Version),
            [SearchFields.Text("de")] = new GermanAnalyzer(Version),
        });
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { Similarity = new BM25Similarity() }))
        {
            foreach (var text in texts)
            {
                writer.AddDocument(SearchDocuments.Create(text));
            }
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    }

    public string Name => "Lucene stock analyzers + QueryParser";

    public QueryOutcome Run(JudgedQuery judged)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var parser = judged.SearchLanguage is { } language
                ? new QueryParser(Version, SearchFields.Text(language), analyzer)
                : new MultiFieldQueryParser(Version, AllFields, analyzer);
            parser.DefaultOperator = Operator.AND;
            var top = searcher.Search(parser.Parse(judged.Query), 100);
            var resolutions = top.ScoreDocs
                .Select(d => int.Parse(searcher.Doc(d.Doc).Get(SearchFields.Resolution, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))
                .ToList();
            watch.Stop();
            return new QueryOutcome(judged, QueryOutcome.TopResolutions(resolutions), watch.Elapsed);
        }
        catch (ParseException ex)
        {
            return new QueryOutcome(judged, [], watch.Elapsed, ex.Message);
        }
    }

    public void Dispose()
    {
        reader.Dispose();
        analyzer.Dispose();
        directory.Dispose();
    }
}
