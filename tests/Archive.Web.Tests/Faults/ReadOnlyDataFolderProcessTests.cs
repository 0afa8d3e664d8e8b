using Archive.Web.Tests.Faults.Processes;

namespace Archive.Web.Tests.Faults;

/// <summary>
/// Fault 7 of issue 11: a read-only data folder gave "SQLite Error 14: unable to open database file" with no hint, and
/// the command made an empty App_Data/ in the archive root even when --db pointed elsewhere.
/// </summary>
[Collection(RealProcesses.Name)]
public class ReadOnlyDataFolderProcessTests
{
    private const string Expected = "error: the database folder data is not writable by this user";

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(40);

    [Fact]
    public async Task ReadOnlyDataFolder_SiteAndCommandSayThatSqliteWalNeedsItWritable_AndExitWithCode1()
    {
        using var archive = new ScratchArchive();
        // A writing command makes the database (a reading one refuses a database that does not exist).
        var made = await BuiltProgram.RunCliAsync(archive.Root, new Dictionary<string, string>(), Bound, ["check-content", "--db", archive.Database]);
        Assert.True(made.Exit == 0, made.ToString());
        archive.MountReadOnly(archive.Data);

        await using var site = WebAppProcess.Start(archive.Root, archive.Sqlite);
        var exit = await site.ExitCodeAsync(Bound);
        Assert.True(exit == 1, $"exit {exit?.ToString() ?? "none (still running)"}; it printed:\n{site.Output}");
        Assert.Contains(Expected, site.Output, StringComparison.Ordinal);
        Assert.Contains("SQLite in WAL mode keeps its -wal and -shm files", site.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", site.Output, StringComparison.Ordinal);

        var list = await BuiltProgram.RunCliAsync(archive.Root, new Dictionary<string, string>(), Bound, ["list", "--db", archive.Database]);
        Assert.True(list.Exit == 1, list.ToString());
        Assert.StartsWith(Expected, list.Error, StringComparison.Ordinal);
        Assert.Single(list.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task CommandWithItsDatabaseElsewhere_LeavesNoAppDataInTheArchiveRoot()
    {
        using var archive = new ScratchArchive();
        var elsewhere = Path.Combine(archive.Data, "elsewhere", "archive.db");
        foreach (var command in new[] { "import", "list" })
        {
            var run = await BuiltProgram.RunCliAsync(archive.Root, new Dictionary<string, string>(), Bound, [command, "--db", elsewhere]);
            Assert.True(run.Exit == 0, run.ToString());
        }

        Assert.True(File.Exists(elsewhere));
        Assert.False(Directory.Exists(Path.Combine(archive.Root, "App_Data")), "the command made App_Data/ in the archive root");
    }
}
