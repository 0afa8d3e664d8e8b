using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Archive.Web.Tests.Faults.Processes;

/// <summary>
/// The real web app as a child process (<c>dotnet Archive.Web.dll --urls http://127.0.0.1:0</c>, Production), on the
/// archive root and settings a test gives; it keeps every line the app prints and learns its port from "Now listening on".
/// </summary>
internal sealed partial class WebAppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WebAppProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the app printed so far, standard output and error interleaved as they came.</summary>
    public string Output => string.Join('\n', _lines);

    /// <summary>
    /// The errors the archive itself logged ("fail: Archive.…") and every critical line. (EF Core's own "fail:" for the
    /// history query that a first migration on PostgreSQL makes before the table exists is EF's, not a fault.)
    /// </summary>
    public IReadOnlyList<string> Failures => [.. _lines.Where(l => l.StartsWith("fail: Archive.", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal))];

    public static WebAppProcess Start(string root, IReadOnlyDictionary<string, string> settings, string? user = null, string? program = null)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Archive__RootDirectory"] = root,
            ["Archive__IndexPollSeconds"] = "0.2",
            ["Archive__IndexRetrySeconds"] = "1",
            ["Archive__Web__SearchPermitsPerMinute"] = "0",
            ["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Warning",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        var start = BuiltProgram.StartInfo(root, environment, user, [program ?? BuiltProgram.Web, "--urls", "http://127.0.0.1:0"]);
        var app = new WebAppProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
        app._process.OutputDataReceived += (_, e) => app.Receive(e.Data);
        app._process.ErrorDataReceived += (_, e) => app.Receive(e.Data);
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        return app;
    }

    /// <summary>An HTTP client on the app once it listens; fails the test when it does not within <paramref name="bound"/>.</summary>
    public async Task<HttpClient> ClientAsync(TimeSpan bound)
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_listening.Task, exited, Task.Delay(bound));
        Assert.True(first == _listening.Task, $"the web app did not listen within {bound.TotalSeconds:0} s ({(_process.HasExited ? $"it exited with {_process.ExitCode}" : "still running")}); it printed:\n{Output}");
        return new HttpClient { BaseAddress = await _listening.Task, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>True once a printed line satisfies <paramref name="match"/>, false when <paramref name="bound"/> passes first.</summary>
    public async Task<bool> PrintedAsync(Func<string, bool> match, TimeSpan bound)
    {
        var clock = Stopwatch.StartNew();
        while (!_lines.Any(match))
        {
            if (clock.Elapsed > bound)
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }

    /// <summary>The exit code once the app has ended by itself, or null when it still runs after <paramref name="bound"/>.</summary>
    public async Task<int?> ExitCodeAsync(TimeSpan bound)
    {
        using var timeout = new CancellationTokenSource(bound);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            _process.WaitForExit(); // the last lines of output
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>SIGKILL, as a power cut or the OOM killer would: no shutdown, no clean-up.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Receive(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        if (ListeningLine().Match(line) is { Success: true } m)
        {
            _listening.TrySetResult(new Uri(m.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
