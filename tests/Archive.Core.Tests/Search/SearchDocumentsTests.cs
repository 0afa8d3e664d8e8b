using Archive.Core.Search;
using Archive.Core.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Search;

/// <summary>
/// A document analysed once for stamping and replayed to the writer indexes exactly what the writer's own analysis of
/// the same text indexes: every term of every text field in the same documents at the same positions, the same norms;
/// besides, the common-word grams, each found exactly where its two words follow each other.
/// </summary>
public sealed class SearchDocumentsTests
{
    [Fact]
    public async Task TheRealSeedsTextsReplayedFromOneAnalysis_IndexTheSamePostingsAndNormsAsTheWritersAnalysis_AndTheCommonWordGrams()
    {
        var (archive, texts, analyzers) = await RealSeedAsync();
        await using var owned = archive;

        using var analysed = Build(analyzers, writer => texts.ToList().ForEach(t => writer.AddDocument(SearchDocuments.Create(t))));
        using var replayed = Build(analyzers, writer => texts.ToList().ForEach(t => writer.AddDocument(SearchDocuments.Create(t, analyzers, stamper: null))));
        using var a = DirectoryReader.Open(analysed);
        using var r = DirectoryReader.Open(replayed);

        var fields = MultiFields.GetFields(a).Where(f => SearchFields.IsTextField(f, out _)).ToList();
        Assert.Equal(["text_de", "text_en", "text_fa"], fields.Order(StringComparer.Ordinal));
        Assert.Equal(fields.Order(StringComparer.Ordinal), MultiFields.GetFields(r).Where(f => SearchFields.IsTextField(f, out _)).Order(StringComparer.Ordinal));
        var compared = 0;
        foreach (var field in fields)
        {
            var (replayedWords, grams) = Split(Postings(r, field));
            Assert.Equal(Postings(a, field), replayedWords);
            Assert.Equal(field == "text_fa", grams.Count > 0); // only Persian has common words
            var (normsA, normsR) = (MultiDocValues.GetNormValues(a, field), MultiDocValues.GetNormValues(r, field));
            for (var doc = 0; doc < a.MaxDoc; doc++)
            {
                Assert.Equal(normsA.Get(doc), normsR.Get(doc));
            }

            compared += a.MaxDoc;
        }

        Assert.Equal(3 * texts.Count, compared);
        Assert.Equal(a.Document(5).Get("text_fa"), r.Document(5).Get("text_fa"));
    }

    [Fact]
    public async Task EveryCommonWordGramOfTheRealSeed_FindsExactlyTheTextsWhereItsTwoWordsFollowEachOther()
    {
        var (archive, texts, analyzers) = await RealSeedAsync();
        await using var owned = archive;
        using var replayed = Build(analyzers, writer => texts.ToList().ForEach(t => writer.AddDocument(SearchDocuments.Create(t, analyzers, stamper: null))));
        using var reader = DirectoryReader.Open(replayed);
        var searcher = new IndexSearcher(reader);

        var grams = Split(Postings(reader, "text_fa")).Grams;
        foreach (var gram in grams)
        {
            var words = gram.Split(' '); // "first second doc:p,…;"
            var phrase = new PhraseQuery { new Term("text_fa", words[0]), new Term("text_fa", words[1]) };
            var byGram = searcher.Search(new TermQuery(new Term("text_fa", CommonWordGrams.Join(words[0], words[1]))), reader.MaxDoc).ScoreDocs.Select(d => d.Doc).Order();
            var byPhrase = searcher.Search(phrase, reader.MaxDoc).ScoreDocs.Select(d => d.Doc).Order();
            Assert.True(byGram.SequenceEqual(byPhrase), $"the gram '{CommonWordGrams.Join(words[0], words[1])}' is in other texts than the phrase of its words");
        }

        Assert.True(grams.Count > 1000, $"only {grams.Count} grams in the real seed");
    }

    /// <summary>The real seed with its translations imported, its texts as the index reads them, and the analyzers.</summary>
    private static async Task<(TestArchive Archive, IReadOnlyList<IndexedText> Texts, AnalyzerRegistry Analyzers)> RealSeedAsync()
    {
        var archive = await TestArchive.CreateAsync(withContent: true);
        archive.CopyRealSeed();
        Assert.True((await archive.Importer.ImportAsync(null, CancellationToken.None)).Succeeded);
        var (texts, _) = await archive.Services.GetRequiredService<IndexedTextSource>().LoadAsync(CancellationToken.None);
        return (archive, texts, archive.Services.GetRequiredService<AnalyzerRegistry>());
    }

    /// <summary>The postings lines of the words, and of the common-word grams (terms with the separator).</summary>
    private static (List<string> Words, List<string> Grams) Split(List<string> postings) =>
        (postings.Where(p => !IsGram(p)).ToList(), postings.Where(IsGram).ToList());

    /// <summary>A postings line "term doc:p,…" whose term holds the gram separator.</summary>
    private static bool IsGram(string line) => line.IndexOf(CommonWordGrams.Separator) < line.LastIndexOf(' ');

    private static RAMDirectory Build(AnalyzerRegistry analyzers, Action<IndexWriter> add)
    {
        var directory = new RAMDirectory();
        using var analyzer = new TextFieldAnalyzer(analyzers, forQuery: false);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = new BM25Similarity() }))
        {
            add(writer);
            writer.Commit();
        }

        return directory;
    }

    /// <summary>Every term of the field with each document it is in and its positions there: "term doc:p,p;doc:p …".</summary>
    private static List<string> Postings(IndexReader reader, string field)
    {
        var lines = new List<string>();
        var terms = MultiFields.GetTerms(reader, field).GetEnumerator();
        while (terms.MoveNext())
        {
            var line = new System.Text.StringBuilder(terms.Term.Utf8ToString()).Append(' ');
            var docs = terms.DocsAndPositions(MultiFields.GetLiveDocs(reader), null);
            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                line.Append(docs.DocID).Append(':');
                for (var i = 0; i < docs.Freq; i++)
                {
                    line.Append(docs.NextPosition()).Append(',');
                }

                line.Append(';');
            }

            lines.Add(line.ToString());
        }

        return lines;
    }
}
