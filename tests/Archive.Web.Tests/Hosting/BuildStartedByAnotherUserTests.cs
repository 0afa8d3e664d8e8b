using Archive.Web.Tests.Faults.Processes;

namespace Archive.Web.Tests.Hosting;

/// <summary>
/// A build that was not published, started outside Development by a user who cannot read the builder's package folder
/// (a service account running the build output by mistake): its static files cannot be served, so it refuses to start
/// with one line naming the missing file and what to start instead, and exit code 1 — not an unhandled exception.
/// </summary>
[Collection(RealProcesses.Name)]
public class BuildStartedByAnotherUserTests
{
    [Fact]
    public async Task UnpublishedBuild_StartedByAUserWhoCannotReadItsAssets_RefusesInOneLineWithExitCodeOne()
    {
        using var archive = new ScratchArchive();
        HostCommand.Run("chmod", "777", archive.Root);
        // The build output copied where every user can reach it (the clone itself may sit in a folder only root can
        // enter); its manifest still points into the clone and the package folder, which nobody cannot read.
        var build = Path.Combine(archive.Root, "build");
        HostCommand.Run("cp", "-r", Path.GetDirectoryName(BuiltProgram.Web)!, build);
        HostCommand.Run("chmod", "-R", "a+rX", build);
        await using var site = WebAppProcess.Start(archive.Root, archive.Sqlite, user: "nobody", program: Path.Combine(build, "Archive.Web.dll"));
        var exit = await site.ExitCodeAsync(TimeSpan.FromSeconds(40));
        Assert.True(exit == 1, $"exit {exit}: {site.Output}");
        Assert.Contains("error: the static file ", site.Output, StringComparison.Ordinal);
        Assert.Contains("start the published build", site.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", site.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", site.Output, StringComparison.Ordinal);
    }
}
