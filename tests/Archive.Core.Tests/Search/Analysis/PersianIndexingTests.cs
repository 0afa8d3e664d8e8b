using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Core.Tests.Search.Analysis;

/// <summary>The chain inside a real Lucene index, with offsets in the postings as highlighting may need.</summary>
public sealed class PersianIndexingTests : IDisposable
{
    private static readonly FieldType TextWithOffsets = new(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    };

    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;

    public PersianIndexingTests()
    {
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, PersianAnalysis.Index)))
        {
            foreach (var line in RepositoryFiles.SeedText.Split('\n'))
            {
                writer.AddDocument([new Field(PersianAnalysis.Field, line, TextWithOffsets)]);
            }
        }

        reader = DirectoryReader.Open(directory);
    }

    [Theory]
    [InlineData("خامنه‌ای", 5)] // printed خامنه ای on 5 lines
    [InlineData("خامنه ای", 5)]
    [InlineData("خامنهای", 5)]
    [InlineData("خانواده‌های قربانیان", 5)] // 4 × خانواده های قربانیان, 1 × خانواده قربانیان
    [InlineData("فرا می‌خواند", 10)] // printed فرا می خواند, فرا میخواند, فرامی خواند, فرامیخواند on 10 lines
    [InlineData("فراميخواند", 10)]
    public void Search_SeedIndex_FindsTheLinesOfEverySpelling(string query, int lines) =>
        Assert.Equal(lines, new IndexSearcher(reader).Search(Build(query), 100).TotalHits);

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }

    /// <summary>The recommended query shape: the words as a phrase, or any joined pair term.</summary>
    private static BooleanQuery Build(string query)
    {
        var phrase = new PhraseQuery();
        foreach (var term in PersianAnalysis.Terms(query))
        {
            phrase.Add(new Term(PersianAnalysis.Field, term));
        }

        var either = new BooleanQuery { { phrase, Occur.SHOULD } };
        foreach (var pair in PersianAnalysis.PairTerms(query))
        {
            either.Add(new TermQuery(new Term(PersianAnalysis.Field, pair)), Occur.SHOULD);
        }

        return either;
    }
}
