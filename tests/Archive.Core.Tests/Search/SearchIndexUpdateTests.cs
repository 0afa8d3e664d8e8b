using Archive.Core.Search;
using Archive.Core.Tests.Revisions;
using Archive.Core.Texts;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Search;

/// <summary>
/// The index follows the database by re-indexing only the resolutions a change touched: the real seed and content/
/// imported and indexed in full, then one resolution changed (through the importer, or a translation or a deletion
/// written straight to the database), and the next update writes that resolution's documents and no others.
/// </summary>
public sealed class SearchIndexUpdateTests
{
    /// <summary>A made-up word, in no text of the seed.</summary>
    private const string NewWord = "کهکشانستان";

    [Fact]
    public async Task AnImportRevisingOneClause_ReindexesOnlyItsResolution_AndSearchFindsTheNewTextNotTheOld()
    {
        await using var archive = await TestArchive.CreateAsync(withContent: true);
        var seed = archive.CopyRealSeed();
        var index = await ImportAndIndexAsync(archive);
        var full = index.LastUpdate!;
        Assert.Equal((true, 28), (full.Full, full.Resolutions));
        var oldText = SeedEditor.First.Clauses.Single(c => c.Id == "b").Text;
        Assert.Equal(1, CountDocuments(index, "wpi-congress-12/1", "b", t => t == oldText));

        new SeedEditor(seed).Replace("b", line => line + " " + NewWord).Save();
        await ImportAndIndexAsync(archive);

        var clauses = await ClauseCountAsync(archive, 1);
        Assert.Equal(new SearchIndexUpdate(Full: false, Resolutions: 1, Removed: 0, Documents: clauses + 1), index.LastUpdate);
        Assert.Equal(full.Documents, index.Search(s => s.IndexReader.NumDocs));
        Assert.Equal(0, CountDocuments(index, "wpi-congress-12/1", "b", t => t == oldText));
        Assert.Equal(1, CountDocuments(index, "wpi-congress-12/1", "b", t => t.StartsWith(oldText, StringComparison.Ordinal) && t.EndsWith(NewWord, StringComparison.Ordinal)));
        var hits = archive.Services.GetRequiredService<ArchiveSearch>().Search(new SearchRequest(NewWord, "fa") { Exact = true });
        Assert.Equal(("wpi-congress-12", 1, "b"), (hits.Hits.Single().Collection, hits.Hits.Single().Resolution, hits.Hits.Single().Clause));
    }

    [Fact]
    public async Task ATranslationChangedInTheDatabase_ReindexesOnlyTheResolutionOfItsClause()
    {
        await using var archive = await TestArchive.CreateAsync(withContent: true);
        archive.CopyRealSeed();
        var index = await ImportAndIndexAsync(archive);
        await using (var db = await archive.OpenAsync())
        {
            var translation = await db.ClauseTranslations.Where(t => t.Language == "en" && t.Clause!.Resolution!.Number == 5).OrderBy(t => t.Id).FirstAsync();
            translation.PlainText += " zyxwordian";
            await BumpGenerationAsync(db);
        }

        Assert.True(await index.EnsureCurrentAsync(CancellationToken.None), index.ProblemMessage);

        Assert.Equal(new SearchIndexUpdate(Full: false, Resolutions: 1, Removed: 0, Documents: await ClauseCountAsync(archive, 5) + 1), index.LastUpdate);
        var hits = archive.Services.GetRequiredService<ArchiveSearch>().Search(new SearchRequest("zyxwordian", "en") { Exact = true });
        Assert.Equal(5, hits.Hits.Single().Resolution);
    }

    [Fact]
    public async Task AResolutionDeletedFromTheDatabase_IsDeletedFromTheIndexAndNothingIsWritten()
    {
        await using var archive = await TestArchive.CreateAsync(withContent: true);
        archive.CopyRealSeed();
        var index = await ImportAndIndexAsync(archive);
        var before = index.Search(s => s.IndexReader.NumDocs);
        var removed = await ClauseCountAsync(archive, 28) + 1;
        await using (var db = await archive.OpenAsync())
        {
            db.Resolutions.Remove(await db.Resolutions.SingleAsync(r => r.Number == 28));
            await BumpGenerationAsync(db);
        }

        Assert.True(await index.EnsureCurrentAsync(CancellationToken.None), index.ProblemMessage);

        Assert.Equal(new SearchIndexUpdate(Full: false, Resolutions: 0, Removed: 1, Documents: 0), index.LastUpdate);
        Assert.Equal(0, index.Search(s => s.Search(new TermQuery(new Term(SearchFields.ResolutionKey, "wpi-congress-12/28")), 1).TotalHits));
        Assert.Equal(before - removed, index.Search(s => s.IndexReader.NumDocs));
    }

    private static async Task<SearchIndex> ImportAndIndexAsync(TestArchive archive)
    {
        var report = await archive.Importer.ImportAsync(null, CancellationToken.None);
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics.Where(d => d.IsError)));
        var index = archive.Services.GetRequiredService<SearchIndex>();
        Assert.True(await index.EnsureCurrentAsync(CancellationToken.None), index.ProblemMessage);
        return index;
    }

    private static async Task BumpGenerationAsync(Archive.Core.Storage.ArchiveDbContext db)
    {
        var generation = await db.State.SingleAsync(s => s.Key == ArchiveStateEntry.GenerationKey);
        generation.Value = (long.Parse(generation.Value, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await db.SaveChangesAsync();
    }

    private static async Task<int> ClauseCountAsync(TestArchive archive, int resolution)
    {
        await using var db = await archive.OpenAsync();
        return await db.Clauses.CountAsync(c => c.Resolution!.Number == resolution);
    }

    /// <summary>Documents of this resolution key and clause whose stored Persian text is as <paramref name="text"/> wants.</summary>
    private static int CountDocuments(SearchIndex index, string key, string clause, Func<string, bool> text) => index.Search(s =>
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(SearchFields.ResolutionKey, key)), Occur.MUST },
            { new TermQuery(new Term(SearchFields.Clause, clause)), Occur.MUST },
        };
        return s.Search(query, 10).ScoreDocs.Count(d => text(s.Doc(d.Doc).Get(SearchFields.Text("fa"), System.Globalization.CultureInfo.InvariantCulture)));
    });
}
