using System.Diagnostics;

namespace Archive.Web.Tests.Faults.Processes;

/// <summary>The <c>mount</c> and <c>umount</c> commands, for the file-system faults (a full disk, a read-only folder); they need root.</summary>
internal static class Mount
{
    public static void Run(params string[] args)
    {
        var (exit, error) = Execute("mount", args);
        Assert.True(exit == 0, $"mount {string.Join(' ', args)} failed ({error.Trim()}); these fault tests run as root, as tests/run.sh does in CI");
    }

    public static void Undo(string folder) => Execute("umount", ["-l", folder]);

    private static (int Exit, string Error) Execute(string program, string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error);
    }
}
