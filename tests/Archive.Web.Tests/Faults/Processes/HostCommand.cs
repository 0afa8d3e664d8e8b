using System.Diagnostics;

namespace Archive.Web.Tests.Faults.Processes;

/// <summary>A command of the host system (chmod, chown) that a test needs to succeed before it goes on.</summary>
internal static class HostCommand
{
    public static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
