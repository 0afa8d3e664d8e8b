using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Archive.Cli.Tests.Faults;

/// <summary>
/// An import killed with SIGKILL at a random moment, twenty times: the database stays intact and holds either the whole
/// archive from before the import or the whole new one, and the command still reads it.
/// </summary>
public sealed class KilledImportTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Copies of the real seed in the large one (28 resolutions each).</summary>
    private const int Copies = 12;

    private const int Kills = 20;

    /// <summary>Two imports run side by side (this machine has two cores), which nearly halves the wait.</summary>
    private const int Parallel = 2;

    private readonly string _folder = Directory.CreateTempSubdirectory("archive-kill-test-").FullName;

    /// <summary>
    /// The kill falls at a random moment between the command opening the database (the runtime's start-up before that
    /// touches nothing) and the import's commit plus half that time again, so that some kills also hit the search
    /// index update that follows the commit. The moments are measured on full imports run side by side beforehand.
    /// </summary>
    [Fact]
    public async Task ImportKilledAtTwentyRandomMoments_LeavesAnIntactDatabaseWithTheWholeOldOrTheWholeNewArchive()
    {
        var root = Path.Combine(_folder, "root");
        var seed = Path.Combine(root, "seeds", "wpi-congress-12", "resolutions.fa.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(seed)!);
        File.Copy(CliRun.Seed, seed);
        var baseDb = Path.Combine(_folder, "base.db");
        await RunToEndAsync(root, baseDb);
        var old = Counts(baseDb);
        Assert.Equal((28, 89, 28, 89), (old.Resolutions, old.Clauses, old.Revisions, old.RevisionChanges));

        await File.WriteAllTextAsync(seed, LargeSeed.Build(Copies));
        var windows = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(j => RunToEndAsync(root, CopyOf(baseDb, $"full-{j}.db"))));
        var window = TimeSpan.FromTicks((long)windows.Average(w => w.Ticks) * 3 / 2);
        var @new = Counts(Path.Combine(_folder, "full-0.db"));
        Assert.Equal(28 * Copies, @new.Resolutions);

        var seedValue = Environment.TickCount;
        var random = new Random(seedValue);
        var outcomes = new List<string>();
        for (var i = 0; i < Kills; i += Parallel)
        {
            var delays = Enumerable.Range(0, Parallel).Select(_ => window * random.NextDouble()).ToList();
            outcomes.AddRange(await Task.WhenAll(delays.Select((delay, j) => KillOnceAsync(root, CopyOf(baseDb, $"kill-{i + j}.db"), delay, old, @new))));
        }

        output.WriteLine($"random seed {seedValue}; {28 * Copies} resolutions; window {window.TotalMilliseconds:F0} ms from opening the database");
        output.WriteLine(string.Join('\n', outcomes));
        Assert.Equal(Kills, outcomes.Count);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS to clean
        }
    }

    private static async Task<string> KillOnceAsync(string root, string db, TimeSpan delay, Counted old, Counted @new)
    {
        using var import = ArchiveProcess.StartImport(root, db);
        await import.DatabaseOpenedAsync();
        var killed = await import.KillAfterAsync(delay);
        var committed = import.Committed.IsCompleted;
        var where = $"killed {delay.TotalMilliseconds:F0} ms after opening the database";

        var integrity = IntegrityCheck(db);
        Assert.True(integrity == "ok", $"{where}: integrity_check says {integrity}");
        var counts = Counts(db);
        Assert.True(counts == old || counts == @new, $"{where}: {counts}, neither the old {old} nor the new {@new}");
        Assert.True(!committed || counts == @new, $"{where}: the import said it committed, but the database holds {counts}");
        Assert.Equal(counts.Resolutions, await ListedResolutionsAsync(db));
        return $"{delay.TotalMilliseconds,5:F0} ms: {(killed ? "killed" : "ended")} {(committed ? "after" : "before")} the commit; the database holds the {(counts == old ? "old" : "new")} archive";
    }

    /// <summary>Runs an import to its end; returns the time from opening the database to the commit.</summary>
    private static async Task<TimeSpan> RunToEndAsync(string root, string db)
    {
        using var import = ArchiveProcess.StartImport(root, db);
        await import.DatabaseOpenedAsync();
        var clock = Stopwatch.StartNew();
        await import.Committed.WaitAsync(TimeSpan.FromMinutes(2));
        var toCommit = clock.Elapsed;
        Assert.False(await import.KillAfterAsync(TimeSpan.FromMinutes(2)), "the import did not end within 2 minutes");
        Assert.Equal(0, import.ExitCode);
        return toCommit;
    }

    private string CopyOf(string db, string name)
    {
        var copy = Path.Combine(_folder, name);
        File.Copy(db, copy);
        return copy;
    }

    private static string IntegrityCheck(string db) => Scalar(db, "PRAGMA integrity_check;");

    private static Counted Counts(string db) => new(
        int.Parse(Scalar(db, "SELECT COUNT(*) FROM Resolutions;"), CultureInfo.InvariantCulture),
        int.Parse(Scalar(db, "SELECT COUNT(*) FROM Clauses;"), CultureInfo.InvariantCulture),
        Scalar(db, "SELECT Value FROM ArchiveState WHERE Key = 'generation';"),
        int.Parse(Scalar(db, "SELECT COUNT(*) FROM Revisions;"), CultureInfo.InvariantCulture),
        int.Parse(Scalar(db, "SELECT COUNT(*) FROM RevisionChange;"), CultureInfo.InvariantCulture));

    private static string Scalar(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? string.Empty;
    }

    private static async Task<int> ListedResolutionsAsync(string db)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)); // a left-over lock once made this wait forever
        var exit = await ArchiveCli.RunAsync(["list", "--json", "--db", db], output, error, timeout.Token);
        Assert.True(exit == 0, error.ToString());
        using var json = JsonDocument.Parse(output.ToString());
        return json.RootElement.GetArrayLength();
    }

    /// <summary>What an import writes, revisions of the originals and their changes included: the old archive's or the new one's, never a mix.</summary>
    private sealed record Counted(int Resolutions, int Clauses, string Generation, int Revisions, int RevisionChanges);
}
