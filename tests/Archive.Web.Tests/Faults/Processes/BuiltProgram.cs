using System.Diagnostics;
using Archive.Tests;

namespace Archive.Web.Tests.Faults.Processes;

/// <summary>
/// The web app and the <c>archive</c> command as <c>dotnet build</c> left them beside their sources (same configuration
/// and framework as this test assembly), started as an operator starts them: <c>dotnet Archive.Web.dll</c>, <c>dotnet archive.dll</c>.
/// </summary>
internal static class BuiltProgram
{
    public static string Web => Output("Archive.Web", "Archive.Web.dll");

    public static string Cli => Output("Archive.Cli", "archive.dll");

    /// <summary>
    /// Runs <c>archive ARGS</c> to its end within <paramref name="bound"/> (killed after it, and then the test fails);
    /// <paramref name="user"/> runs it as another user through <c>runuser</c>.
    /// </summary>
    public static async Task<CommandResult> RunCliAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan bound, string[] args, string? user = null)
    {
        var start = StartInfo(workingDirectory, environment, user, [Cli, .. args]);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(bound);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"archive {string.Join(' ', args)} did not end within {bound.TotalSeconds:0} s; it printed: {await output}{await error}");
        }

        return new CommandResult(process.ExitCode, await output, await error, clock.Elapsed);
    }

    /// <summary>A start of <c>dotnet PROGRAM ARGS</c> (through <c>runuser -u USER --</c> when a user is given), output redirected.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string> environment, string? user, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(user is null ? "dotnet" : "runuser")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (user is not null)
        {
            foreach (var arg in new[] { "-u", user, "--", "dotnet" })
            {
                start.ArgumentList.Add(arg);
            }
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The test runner's own settings must not leak into the programs under test.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Archive__", StringComparison.Ordinal) || k.StartsWith("ConnectionStrings__", StringComparison.Ordinal) || k.StartsWith("Database__", StringComparison.Ordinal) || k == "ARCHIVE_DEBUG").ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private static string Output(string project, string file)
    {
        var here = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var path = Path.Combine(RepositoryRoot.Path, "src", project, "bin", here.Parent!.Name, here.Name, file);
        return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: build Archive.sln first (dotnet build Archive.sln -c {here.Parent.Name})");
    }
}
