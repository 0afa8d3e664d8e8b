using System.Net;
using Archive.Web.Tests.Faults.Processes;

namespace Archive.Web.Tests.Faults;

/// <summary>
/// The downloads made on a full disk or a read-only data folder: the download answers 503 with Retry-After, the log
/// says why in one line (no stack trace), the home page shows no sizes, and nothing half-written is left. Needs root
/// (mounts), as the other file-system faults.
/// </summary>
[Collection(RealProcesses.Name)]
public class ExportDownloadFaultTests
{
    [Theory]
    [InlineData("full")]
    [InlineData("read-only")]
    public async Task DownloadsThatCannotBeWritten_Answer503_SayWhyInOneLogLine_AndLeaveNothingHalfWritten(string fault)
    {
        using var archive = new ScratchArchive();
        var exports = Path.Combine(archive.Data, "exports");
        await using var app = new ArchiveWebFactory
        {
            Root = archive.Root,
            Settings = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Archive:DataDirectory"] = archive.Data,
                ["ConnectionStrings:Archive"] = $"Data Source={archive.Database}",
            },
        };
        await app.WaitForSearchAsync();
        if (fault == "full")
        {
            // Room for the lock file and a part of the JSON (about 500 KB): the disk fills while it is written.
            archive.MountTmpfs(exports, "64k");
        }
        else
        {
            Directory.CreateDirectory(exports);
            archive.MountReadOnly(exports);
        }

        var client = app.CreateClient();
        var download = await client.GetAsync(new Uri("/export/archive.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, download.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(1), download.Headers.RetryAfter?.Delta);
        var error = Assert.Single(app.Logs.Messages, m => m.Contains("open-data downloads cannot be made", StringComparison.Ordinal));
        Assert.Matches(fault == "full" ? "No space left on device" : "Read-only file system|Access to the path .* is denied", error);
        Assert.DoesNotContain("\n", error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error, StringComparison.Ordinal);
        Assert.All(Directory.GetFileSystemEntries(exports), e => Assert.Equal(".build.lock", Path.GetFileName(e)));
        Assert.Contains("(archive.json)", await client.GetStringAsync(new Uri("/?ui=en", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/export/archive.csv", UriKind.Relative))).StatusCode);
    }
}
