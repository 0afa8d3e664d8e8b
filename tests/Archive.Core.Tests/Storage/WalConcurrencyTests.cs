using Archive.Core.Catalog;
using Archive.Core.Import;
using Archive.Core.Search;
using Archive.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Storage;

/// <summary>
/// On a file database in WAL mode, readers beside an import see the archive before it or after it, never half of
/// each, and never wait for it.
/// </summary>
public class WalConcurrencyTests
{
    [Fact]
    public async Task MigrateAsync_OnAFileDatabase_LeavesItInWalMode()
    {
        await using var archive = await TestArchive.CreateAsync(onDisk: true);
        await using var connection = new SqliteConnection(archive.ConnectionString);
        await connection.OpenAsync();
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", await pragma.ExecuteScalarAsync());
    }

    [Fact]
    public async Task ReadersDuringADozenImports_SeeResolutionsBeforeOrAfterEachImportNeverAMix()
    {
        await using var archive = await TestArchive.CreateAsync(onDisk: true);
        var path = archive.CopyRealSeed();
        var (oldText, newText) = (RepositoryFiles.SeedText, EditedSeed.Text);
        Assert.True((await archive.Importer.ImportAsync([path], CancellationToken.None)).Succeeded);
        var catalog = archive.Services.GetRequiredService<ResolutionCatalog>();
        var old = await StateAsync(catalog);
        await File.WriteAllTextAsync(path, newText);
        Assert.True((await archive.Importer.ImportAsync([path], CancellationToken.None)).Succeeded);
        var @new = await StateAsync(catalog);
        Assert.NotEqual(old, @new);

        var source = archive.Services.GetRequiredService<IndexedTextSource>();
        var indexed = new[] { await IndexedAsync(source), default };
        await File.WriteAllTextAsync(path, oldText);
        Assert.True((await archive.Importer.ImportAsync([path], CancellationToken.None)).Succeeded);
        indexed[1] = await IndexedAsync(source);

        using var done = new CancellationTokenSource();
        var seen = new HashSet<(string, int)>();
        // SQLite's async calls complete synchronously, so each reader loops on a thread of its own: on the thread pool it
        // could wait for a free thread until the imports are over.
        var loader = OnOwnThread(async () =>
        {
            var loads = 0;
            for (; !done.IsCancellationRequested || loads == 0; loads++)
            {
                var state = await IndexedAsync(source);
                Assert.True(indexed.Contains(state), $"a mixed load for the index: {state}; expected one of {string.Join(", ", indexed)}");
            }

            return loads;
        });
        var reader = OnOwnThread(async () =>
        {
            var reads = 0;
            for (; !done.IsCancellationRequested || reads == 0; reads++)
            {
                var (first, list) = await StateAsync(catalog);
                Assert.True(first == old.Reader || first == @new.Reader, $"a mixed read of resolution 1: {first}; before {old.Reader}, after {@new.Reader}");
                Assert.True(list == old.List || list == @new.List, $"a mixed list: {list}; before {old.List}, after {@new.List}");
                seen.Add(first);
            }

            return reads;
        });

        for (var i = 0; i < 12; i++)
        {
            await File.WriteAllTextAsync(path, i % 2 == 0 ? oldText : newText);
            Assert.True((await archive.Importer.ImportAsync([path], CancellationToken.None)).Succeeded);
        }

        await done.CancelAsync();
        var (loads, reads) = (await loader, await reader);
        Assert.True(loads > 12 && reads > 12, $"only {loads} loads and {reads} reads beside 12 imports");
        Assert.Equal(2, seen.Count);
    }

    [Fact]
    public async Task Readers_WhileAnImportHoldsTheWriteLock_DoNotWaitAndSeeTheOldState()
    {
        await using var archive = await TestArchive.CreateAsync(onDisk: true);
        Assert.True((await archive.Importer.ImportAsync([archive.CopyRealSeed()], CancellationToken.None)).Succeeded);
        var catalog = archive.Services.GetRequiredService<ResolutionCatalog>();
        var old = await StateAsync(catalog);

        await using var writer = new SqliteConnection(archive.ConnectionString);
        await writer.OpenAsync();
        await using var transaction = writer.BeginTransaction(deferred: false);
        await using (var update = writer.CreateCommand())
        {
            update.CommandText = "UPDATE Clauses SET Text = 'changed'; UPDATE Resolutions SET Title = 'changed';";
            await update.ExecuteNonQueryAsync();
        }

        await WithinAsync(async () => Assert.Equal(old, await StateAsync(catalog)));
        await WithinAsync(async () => Assert.Equal(89, (await catalog.StatsAsync(CancellationToken.None)).Clauses));
        await WithinAsync(async () => Assert.Equal(1, await archive.Services.GetRequiredService<ArchiveDatabase>().GetGenerationAsync(CancellationToken.None)));
        await WithinAsync(async () =>
        {
            var (texts, _) = await archive.Services.GetRequiredService<IndexedTextSource>().LoadAsync(CancellationToken.None);
            Assert.DoesNotContain(texts, t => t.Texts["fa"] == "changed");
        });
        transaction.Rollback();
    }

    /// <summary>
    /// What two single reads show: resolution 1's title and clause count in the reader (several statements), and
    /// resolution 1's title and count with resolution 28's count in the list. Each must come from one state.
    /// </summary>
    private static async Task<((string, int) Reader, (string, int, int) List)> StateAsync(ResolutionCatalog catalog)
    {
        var first = await catalog.GetAsync("wpi-congress-12", 1, CancellationToken.None);
        var list = await catalog.ListAsync(CancellationToken.None);
        return ((first!.Title, first.Clauses.Count), (list[0].Title, list[0].Clauses, list[^1].Clauses));
    }

    /// <summary>What the index would be built from: the generation, resolution 1's heading and its number of clauses.</summary>
    private static async Task<(long, string, int)> IndexedAsync(IndexedTextSource source)
    {
        var (texts, generation) = await source.LoadAsync(CancellationToken.None);
        var first = texts.Where(t => t.Resolution == 1).ToList();
        return (generation % 2, first[0].Texts["fa"], first.Count);
    }

    private static Task<int> OnOwnThread(Func<Task<int>> loop) =>
        Task.Factory.StartNew(() => loop().GetAwaiter().GetResult(), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static async Task WithinAsync(Func<Task> read)
    {
        var task = read();
        var finished = await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(5)));
        Assert.True(finished == task, "a reader waited for the writer");
        await task;
    }
}
