using System.Diagnostics;

namespace Archive.Cli.Tests.Faults;

/// <summary>
/// The real <c>archive</c> command as a child process (<c>dotnet archive.dll</c>, built next to this test assembly), run
/// on an archive root of the test's own, so that it can be killed.
/// </summary>
internal sealed class ArchiveProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _db;
    private readonly TaskCompletionSource _committed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ArchiveProcess(Process process, string db)
    {
        _process = process;
        _db = db;
    }

    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "archive.dll");

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Completes when the command reports the import committed ("import done"), before it updates the search index.</summary>
    public Task Committed => _committed.Task;

    /// <summary>Starts <c>archive import --db DB</c>, which imports the root's seeds/ (and no content/ when the root has none).</summary>
    public static ArchiveProcess StartImport(string root, string db)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { Dll, "import", "--db", db })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Archive__RootDirectory"] = root;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var archive = new ArchiveProcess(process, db);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith("import done", StringComparison.Ordinal) == true)
            {
                archive._committed.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return archive;
    }

    /// <summary>
    /// Waits until the command has opened the database, after the start-up of the runtime, which takes most of a second:
    /// opening a database in WAL mode creates its <c>-wal</c> file.
    /// </summary>
    public async Task DatabaseOpenedAsync()
    {
        while (!File.Exists(_db + "-wal") && !_process.HasExited)
        {
            await Task.Delay(5);
        }
    }

    /// <summary>Waits for the import to end by itself, or kills it with its whole tree (SIGKILL) after <paramref name="delay"/>.</summary>
    public async Task<bool> KillAfterAsync(TimeSpan delay)
    {
        using var wait = new CancellationTokenSource(delay);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            return false;
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            return true;
        }
    }

    public void Dispose() => _process.Dispose();
}
