using System.Diagnostics;
using System.Globalization;

namespace Archive.Bench.Scale;

/// <summary>
/// One run of the built <c>archive import</c> (the Release CLI's dll, as a separate process) on a <see cref="SyntheticSeed"/>'s settings:
/// the wall time of the whole command, the CPU time it used (user and system, as last read before it exited: on a shared
/// machine the figure that other work disturbs least), the child's peak working set (VmHWM from /proc/&lt;pid&gt;/status,
/// read until it exits) and the command's own output, with the import's Debug timings switched on.
/// </summary>
internal sealed record ImportRun(int Clauses, double Seconds, double CpuSeconds, long PeakBytes, int ExitCode, IReadOnlyList<string> Output)
{
    public static string FindCli()
    {
        var bin = Path.Combine(RepositoryRoot.Path, "src", "Archive.Cli", "bin", "Release");
        var dll = Directory.Exists(bin) ? Directory.GetFiles(bin, "archive.dll", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault() : null;
        return dll ?? throw new InvalidOperationException("src/Archive.Cli has no Release build (archive.dll); run: dotnet build Archive.sln -c Release");
    }

    /// <param name="settings">The command's settings, as environment variables (<see cref="SyntheticSeed.Settings"/> and any the run adds).</param>
    public static async Task<ImportRun> RunAsync(string cli, IReadOnlyDictionary<string, string> settings, int clauses)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { cli, "import" })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        start.Environment["Logging__LogLevel__Archive"] = "Debug";
        var output = new List<string>();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Add(output, e.Data);
        process.ErrorDataReceived += (_, e) => Add(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var peak = 0L;
        var cpu = TimeSpan.Zero;
        while (!process.WaitForExit(50))
        {
            peak = Math.Max(peak, PeakOf(process.Id));
            cpu = CpuOf(process) ?? cpu;
        }

        var seconds = watch.Elapsed.TotalSeconds;
        await process.WaitForExitAsync();
        return new ImportRun(clauses, seconds, cpu.TotalSeconds, peak, process.ExitCode, output);
    }

    /// <summary>VmHWM (the resident set's high-water mark) of a running process, in bytes; 0 when it has gone.</summary>
    private static long PeakOf(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>The user and system time of a running process; null when it has gone.</summary>
    private static TimeSpan? CpuOf(Process process)
    {
        try
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static void Add(List<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Add(line);
        }
    }
}
