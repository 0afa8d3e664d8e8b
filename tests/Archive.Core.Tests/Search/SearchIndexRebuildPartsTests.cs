using Archive.Core.Search;
using Archive.Core.Search.Analysis;
using Archive.Core.Search.Expansion;
using Archive.Core.Storage;
using Lucene.Net.Index;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Archive.Core.Tests.Search;

/// <summary>
/// A rebuild on several threads (each a run of consecutive resolutions, the later parts' segments joined in order)
/// holds the same documents in the same order as a rebuild on one thread, leaves no part folder behind, and a part
/// that cannot write leaves the last commit as it was.
/// </summary>
public sealed class SearchIndexRebuildPartsTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task ARebuildOnSeveralThreads_HoldsTheDocumentsInTheDatabasesOrder_AsOnOne(int threads)
    {
        await using var archive = await ImportedAsync();
        var one = await RebuildAsync(archive, threads: 1);

        var several = await RebuildAsync(archive, threads);

        Assert.Equal(one.Documents.Count, several.Documents.Count);
        Assert.Equal(one.Documents, several.Documents);
        Assert.Equal(one.Languages, several.Languages);
        Assert.Equal(one.Update, several.Update);
        Assert.Empty(PartFolders(archive));
    }

    [Fact]
    public async Task ARebuildOnSeveralThreads_UsesSeveralParts_WhenTheArchiveIsLargeEnough()
    {
        await using var archive = await ImportedAsync();
        var parts = new HashSet<int>();
        var source = Source(archive);

        await source.ReadAllAsync(3, (part, _) =>
        {
            parts.Add(part);
            return ValueTask.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal([0, 1, 2], parts.Order());
    }

    [Fact]
    public async Task AFolderLeftByAKilledRebuild_IsRemovedByTheNextOne()
    {
        await using var archive = await ImportedAsync();
        var leftover = RebuildPart.FolderOf(archive.Services.GetRequiredService<ArchiveLocations>().IndexDirectory, 7);
        Directory.CreateDirectory(leftover);
        await File.WriteAllTextAsync(Path.Combine(leftover, "_0.cfs"), "half-written");

        await RebuildAsync(archive, threads: 2);

        Assert.False(Directory.Exists(leftover));
    }

    [Fact]
    public async Task APartThatCannotWrite_FailsTheRebuild_AndTheLastCommitKeepsServing()
    {
        await using var archive = await ImportedAsync();
        var before = await RebuildAsync(archive, threads: 1);
        var blocked = RebuildPart.FolderOf(archive.Services.GetRequiredService<ArchiveLocations>().IndexDirectory, 1);
        await File.WriteAllTextAsync(blocked, "a file where the part's folder would go");

        using (var index = NewIndex(archive, threads: 2))
        {
            Assert.False(await index.RebuildAsync(CancellationToken.None));

            Assert.Equal(SearchIndexProblem.WriteFailed, index.Problem);
            Assert.Contains("index.part1", index.ProblemMessage, StringComparison.Ordinal);
            Assert.Equal(before.Documents, Documents(index));
        }

        File.Delete(blocked);
        using var again = NewIndex(archive, threads: 2);
        Assert.True(await again.RebuildAsync(CancellationToken.None), again.ProblemMessage);
        Assert.Equal(before.Documents, Documents(again));
    }

    private static async Task<TestArchive> ImportedAsync()
    {
        var archive = await TestArchive.CreateAsync(withContent: true);
        archive.CopyRealSeed();
        Assert.True((await archive.Importer.ImportAsync(null, CancellationToken.None)).Succeeded);
        return archive;
    }

    private static async Task<(List<string> Documents, IReadOnlyList<string> Languages, SearchIndexUpdate? Update)> RebuildAsync(TestArchive archive, int threads)
    {
        using var index = NewIndex(archive, threads);
        Assert.True(await index.RebuildAsync(CancellationToken.None), index.ProblemMessage);
        return (Documents(index), index.Languages, index.LastUpdate);
    }

    /// <summary>Each document in id order: its collection, resolution, clause and every stored text.</summary>
    private static List<string> Documents(SearchIndex index) => index.Search(searcher =>
    {
        var reader = searcher.IndexReader;
        var live = MultiFields.GetLiveDocs(reader);
        return Enumerable.Range(0, reader.MaxDoc).Where(id => live is null || live.Get(id)).Select(id =>
        {
            var doc = reader.Document(id);
            return string.Join('|', doc.Fields.Where(f => f.GetStringValue() is not null).Select(f => f.Name + "=" + f.GetStringValue()));
        }).ToList();
    });

    private static string[] PartFolders(TestArchive archive)
    {
        var index = archive.Services.GetRequiredService<ArchiveLocations>().IndexDirectory;
        return Directory.GetFileSystemEntries(Path.GetDirectoryName(index)!, Path.GetFileName(index) + ".part*");
    }

    /// <summary>The archive's source with parts of one resolution at least, so that the seed's 28 resolutions make several.</summary>
    private static IndexedTextSource Source(TestArchive archive) =>
        new(archive.Services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>(), archive.Services.GetRequiredService<SearchVocabulary>()) { Chunk = 4, PartMinimum = 1 };

    private static SearchIndex NewIndex(TestArchive archive, int threads)
    {
        var services = archive.Services;
        var options = Options.Create(new ArchiveOptions { IndexThreads = threads });
        return new SearchIndex(services.GetRequiredService<ArchiveLocations>(), services.GetRequiredService<AnalyzerRegistry>(), Source(archive), services.GetRequiredService<ArchiveDatabase>(), options: options);
    }
}
