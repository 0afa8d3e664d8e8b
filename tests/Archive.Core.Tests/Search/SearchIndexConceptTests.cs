using Archive.Core.Content;
using Archive.Core.Import;
using Archive.Core.Search;
using Archive.Core.Search.Analysis;
using Archive.Core.Search.Expansion;
using Archive.Core.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Search;

/// <summary>
/// Concept stamps are part of what the index holds: the real seed and content/ indexed with the archive's vocabulary,
/// then opened with the same vocabulary (nothing rebuilt) and with one concept more (a full rebuild, the new concept
/// stamped on the texts that hold its label).
/// </summary>
public sealed class SearchIndexConceptTests
{
    /// <summary>A concept no vocabulary has, labelled with a word many English clauses hold.</summary>
    private static readonly VocabularyConcept Planted = new("planted-concept", "concept", new Dictionary<string, VocabularyLabels>(StringComparer.Ordinal)
    {
        ["en"] = new("workers", []),
    });

    [Fact]
    public async Task AnIndexOpenedWithAnotherVocabulary_IsRebuiltInFull_AndStampsTheNewConcept()
    {
        await using var archive = await TestArchive.CreateAsync(withContent: true);
        archive.CopyRealSeed();
        Assert.True((await archive.Importer.ImportAsync(null, CancellationToken.None)).Succeeded);
        var vocabulary = archive.Services.GetRequiredService<SearchVocabulary>();
        Assert.NotEmpty(vocabulary.Concepts);
        var first = archive.Services.GetRequiredService<SearchIndex>();
        Assert.True(await first.EnsureCurrentAsync(CancellationToken.None), first.ProblemMessage);
        Assert.True(first.LastUpdate!.Full);
        Assert.True(CountStamped(first, "labour") > 0, "the archive's own topic concept is stamped on English texts");
        Assert.Equal(0, CountStamped(first, Planted.Id));
        first.Dispose();

        using (var same = NewIndex(archive, vocabulary))
        {
            Assert.True(await same.EnsureCurrentAsync(CancellationToken.None), same.ProblemMessage);
            Assert.Null(same.LastUpdate);
        }

        var analyzers = archive.Services.GetRequiredService<AnalyzerRegistry>();
        using var other = NewIndex(archive, new SearchVocabulary([.. vocabulary.Concepts, Planted], analyzers));
        Assert.True(await other.EnsureCurrentAsync(CancellationToken.None), other.ProblemMessage);

        Assert.True(other.LastUpdate!.Full);
        Assert.Equal(28, other.LastUpdate.Resolutions);
        Assert.True(CountStamped(other, Planted.Id) > 10);
    }

    [Fact]
    public async Task WhileARebuildForAnotherVocabularyRuns_TheLastCommitKeepsServing_AndAFailedRebuildLeavesIt()
    {
        await using var archive = await TestArchive.CreateAsync(withContent: true);
        archive.CopyRealSeed();
        Assert.True((await archive.Importer.ImportAsync(null, CancellationToken.None)).Succeeded);
        var vocabulary = archive.Services.GetRequiredService<SearchVocabulary>();
        var first = archive.Services.GetRequiredService<SearchIndex>();
        Assert.True(await first.EnsureCurrentAsync(CancellationToken.None), first.ProblemMessage);
        var (generation, documents, labour) = (first.Generation, first.Search(s => s.IndexReader.NumDocs), CountStamped(first, "labour"));
        first.Dispose();

        // The rebuild cannot read the texts: it fails after the old commit is served, as a rebuild still running would be.
        await using (var db = await archive.OpenAsync())
        {
            var table = db.Model.FindEntityType(typeof(Archive.Core.Texts.ClauseTranslation))!.GetTableName();
            var drop = "DROP TABLE \"" + table + "\"";
            await db.Database.ExecuteSqlRawAsync(drop);
        }

        var analyzers = archive.Services.GetRequiredService<AnalyzerRegistry>();
        using (var other = NewIndex(archive, new SearchVocabulary([.. vocabulary.Concepts, Planted], analyzers)))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => other.EnsureCurrentAsync(CancellationToken.None));

            Assert.True(other.IsReady);
            Assert.Equal(generation, other.Generation);
            Assert.Equal(documents, other.Search(s => s.IndexReader.NumDocs));
            Assert.Equal(labour, CountStamped(other, "labour"));
            Assert.Equal(0, CountStamped(other, Planted.Id));
        }

        using var again = NewIndex(archive, vocabulary);
        Assert.True(await again.EnsureCurrentAsync(CancellationToken.None), again.ProblemMessage);
        Assert.Null(again.LastUpdate);
        Assert.Equal(documents, again.Search(s => s.IndexReader.NumDocs));
    }

    private static SearchIndex NewIndex(TestArchive archive, SearchVocabulary vocabulary)
    {
        var services = archive.Services;
        var source = new IndexedTextSource(services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>(), vocabulary);
        return new SearchIndex(services.GetRequiredService<ArchiveLocations>(), services.GetRequiredService<AnalyzerRegistry>(), source, services.GetRequiredService<ArchiveDatabase>());
    }

    private static int CountStamped(SearchIndex index, string concept) =>
        index.Search(s => s.Search(new TermQuery(new Term(SearchFields.Concept("en"), concept)), 1000).TotalHits);
}
