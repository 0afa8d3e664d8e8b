using System.Diagnostics;
using System.Net;
using Archive.Web.Tests.Faults.Processes;
using Microsoft.Data.Sqlite;

namespace Archive.Web.Tests.Faults;

/// <summary>
/// Fault 1 of issue 11: the web app killed while it holds the migration lock, and started again at once (as systemd's
/// <c>RestartSec=5</c> does), used to wait forever on EF Core's left-over <c>__EFMigrationsLock</c> row with an empty log.
/// The test hook <c>Archive__TestPauseInMigrationSeconds</c> holds the first start inside the migration, lock taken.
/// </summary>
[Collection(RealProcesses.Name)]
public class MigrationLockProcessTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(40);

    [Fact]
    public async Task WebAppKilledInsideTheMigration_RestartedAtOnce_TakesTheDeadLockOverAndServes()
    {
        using var archive = new ScratchArchive();
        await using (var first = WebAppProcess.Start(archive.Root, With(archive.Sqlite, "Archive__TestPauseInMigrationSeconds", "120")))
        {
            Assert.True(await first.PrintedAsync(l => l.Contains("test hook: pausing", StringComparison.Ordinal), Bound), first.Output);
            await first.KillAsync();
        }

        Assert.Equal(1L, LockRows(archive.Database)); // what the killed process left: EF Core's lock row

        var clock = Stopwatch.StartNew();
        await using var second = WebAppProcess.Start(archive.Root, archive.Sqlite);
        using var client = await second.ClientAsync(Bound);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/resolutions/1", UriKind.Relative))).StatusCode);
        Assert.Contains("Released EF Core's migration lock", second.Output, StringComparison.Ordinal);
        Assert.Equal(0L, LockRows(archive.Database));
        Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed.TotalSeconds:0} s");
    }

    [Fact]
    public async Task SecondStartWhileALiveProcessHoldsTheLock_LogsThatItWaits_ThenExitsNonZeroNamingTheLock()
    {
        using var archive = new ScratchArchive();
        await using var holder = WebAppProcess.Start(archive.Root, With(archive.Sqlite, "Archive__TestPauseInMigrationSeconds", "120"));
        Assert.True(await holder.PrintedAsync(l => l.Contains("test hook: pausing", StringComparison.Ordinal), Bound), holder.Output);

        await using var waiter = WebAppProcess.Start(archive.Root, With(archive.Sqlite, "Archive__SetupLockTimeoutSeconds", "3"));
        var exit = await waiter.ExitCodeAsync(Bound);

        Assert.True(exit is not null and not 0, $"exit {exit?.ToString() ?? "none (still running)"}; it printed:\n{waiter.Output}");
        Assert.Contains("Waiting for the migration lock data/archive.db.setup-lock held by another process since", waiter.Output, StringComparison.Ordinal);
        Assert.Contains("error: the database's setup lock (data/archive.db.setup-lock) is still held after 3 s", waiter.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", waiter.Output, StringComparison.Ordinal);
        Assert.False(holder.HasExited);
    }

    internal static Dictionary<string, string> With(Dictionary<string, string> settings, string key, string value)
    {
        settings[key] = value;
        return settings;
    }

    private static long LockRows(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"__EFMigrationsLock\"";
        return (long)command.ExecuteScalar()!;
    }
}
