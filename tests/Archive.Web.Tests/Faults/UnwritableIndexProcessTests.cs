using System.Text.Json;
using Archive.Web.Tests.Faults.Processes;

namespace Archive.Web.Tests.Faults;

/// <summary>
/// Fault 4 of issue 11: an index folder the service user cannot write made the site exit with code 0 (so systemd's
/// <c>Restart=on-failure</c> never restarted it), a read-only mount left search "starting" forever, and any IOException
/// while opening the writer deleted the whole index. Now the readable index is served read-only, never deleted, and
/// <c>/healthz</c> and the log say why. Both ways are tried: a read-only bind mount (root included), and the site run
/// as the user <c>nobody</c> (through runuser) on an index folder that root owns.
/// </summary>
[Collection(RealProcesses.Name)]
public class UnwritableIndexProcessTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(40);

    [Theory]
    [InlineData("a read-only mount")]
    [InlineData("a folder of another user")]
    public async Task IndexFolderTheSiteCannotWrite_IsServedReadOnlyAndKept_AndHealthAndLogSayWhy(string how)
    {
        using var archive = new ScratchArchive();
        var imported = await BuiltProgram.RunCliAsync(archive.Root, new Dictionary<string, string>(), Bound, ["import", "--db", archive.Database]);
        Assert.True(imported.Exit == 0 && imported.Out.Contains("search index up to date at generation 1", StringComparison.Ordinal), imported.ToString());

        var files = Directory.GetFiles(archive.Index).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        string? user = null;
        string? program = null;
        if (how == "a read-only mount")
        {
            archive.MountReadOnly(archive.Index);
        }
        else
        {
            user = "nobody";
            GiveToNobody(archive);
            // A service account runs the published build, as deploy/archive.service does: readable by every user.
            program = await Hosting.PublishedBuild.ProgramAsync();
            var folder = Path.GetDirectoryName(program)!;
            HostCommand.Run("chmod", "a+rx", Path.GetDirectoryName(folder)!);
            HostCommand.Run("chmod", "-R", "a+rX", folder);

        }

        await using var site = WebAppProcess.Start(archive.Root, archive.Sqlite, user, program);
        using var reader = await site.ClientAsync(Bound);
        Assert.True(await SiteSearch.TotalAsync(reader, "اعدام", total => total > 0, Bound, site) > 0);
        Assert.True(await site.PrintedAsync(l => l.Contains("Search index not updated: the search index folder data/archive-index cannot be written by this user", StringComparison.Ordinal), Bound), site.Output);
        using (var health = JsonDocument.Parse(await reader.GetStringAsync(new Uri("/healthz", UriKind.Relative))))
        {
            var index = health.RootElement.GetProperty("index");
            Assert.Equal("NotWritable", index.GetProperty("problem").GetString());
            Assert.StartsWith("the search index folder data/archive-index cannot be written", index.GetProperty("error").GetString(), StringComparison.Ordinal);
        }

        await Task.Delay(TimeSpan.FromSeconds(3)); // the site used to exit with code 0 after 3 s
        Assert.False(site.HasExited, site.Output);
        Assert.Equal(files, Directory.GetFiles(archive.Index).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>The root and data folder to <c>nobody</c>, the index folder and its files staying root's (0755 and 0644).</summary>
    private static void GiveToNobody(ScratchArchive archive)
    {
        HostCommand.Run("chmod", "755", archive.Root);
        HostCommand.Run("chown", "nobody", archive.Data);
        foreach (var file in Directory.GetFiles(archive.Data))
        {
            HostCommand.Run("chown", "nobody", file);
        }

        HostCommand.Run("chmod", "-R", "go-w", archive.Index);
    }
}
