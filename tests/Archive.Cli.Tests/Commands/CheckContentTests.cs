using System.Diagnostics;
using System.Text.Json;
using Archive.Cli.Tests.Faults;
using Archive.Tests;

namespace Archive.Cli.Tests.Commands;

/// <summary>
/// <c>archive check-content</c> as a tool reads it: the real command as a child process on a copy of content/ with the
/// five planted defects, its JSON per clause, and the exit code of content with an error.
/// </summary>
public sealed class CheckContentTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("archive-check-content-").FullName;

    [Fact]
    public async Task TheRealCommandReportsEachPlantedDefectPerClauseInJsonAndFails()
    {
        Directory.CreateDirectory(Path.Combine(_root, "seeds", "wpi-congress-12"));
        File.Copy(CliRun.Seed, Path.Combine(_root, "seeds", "wpi-congress-12", "resolutions.fa.txt"));
        using var cli = new CliRun();
        cli.CopyContent(Path.Combine(_root, "content"));
        var planted = PlantedDefects.Plant(Path.Combine(_root, "content"), CliRun.Seed);

        var (exit, output, error) = await RunAsync("check-content", "--json", "--db", Path.Combine(_root, "archive.db"));

        Assert.True(exit == 1, $"exit {exit}: {error}");
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("vocabulary").GetBoolean());
        Assert.True(root.GetProperty("errors").GetInt32() >= 1);
        var clauses = root.GetProperty("clauses").EnumerateArray().ToList();
        Assert.Equal(178, clauses.Count);
        foreach (var (file, clause, check) in planted)
        {
            var entry = clauses.Single(c => c.GetProperty("file").GetString() == file && c.GetProperty("clause").GetString() == clause);
            Assert.Contains(entry.GetProperty("findings").EnumerateArray(), f => f.GetProperty("check").GetString() == check && !f.GetProperty("accepted").GetBoolean());
            Assert.Equal("draft", entry.GetProperty("status").GetString());
            Assert.True(entry.GetProperty("line").GetInt32() > 1);
        }

        var script = clauses.Single(c => c.GetProperty("file").GetString() == "content/translations/de/wpi-congress-12/03.md" && c.GetProperty("clause").GetString() == "p1");
        Assert.Contains(script.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error");
        var languages = root.GetProperty("languages").EnumerateArray().Select(l => l.GetProperty("language").GetString()).ToList();
        Assert.Equal(["de", "en"], languages);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS to clean
        }
    }

    private async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _root, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(ArchiveProcess.Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Archive__RootDirectory"] = _root;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
