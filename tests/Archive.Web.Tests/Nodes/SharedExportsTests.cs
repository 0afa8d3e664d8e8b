using Archive.Core;
using Archive.Web.Tests.Faults.Processes;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Nodes;

/// <summary>
/// Two sites on one data folder asked for the downloads at the same moment: one build makes the files (the other waits
/// for its lock and serves them), both serve the same bytes, and nothing but the folder and the lock is left.
/// </summary>
public class SharedExportsTests
{
    private static readonly string[] Files = ["archive.json", "archive.csv", "akn.zip"];

    [Fact]
    public async Task TwoSitesOnOneDataFolder_MakeTheDownloadsOnce_AndServeTheSameBytes()
    {
        using var archive = new ScratchArchive();
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Archive:DataDirectory"] = archive.Data,
            ["ConnectionStrings:Archive"] = $"Data Source={archive.Database}",
        };
        await using var first = new ArchiveWebFactory { Root = archive.Root, Settings = settings };
        await first.WaitForSearchAsync();
        await using var second = new ArchiveWebFactory { Root = archive.Root, Settings = settings };
        _ = second.Services;
        var (one, two) = (first.CreateClient(), second.CreateClient());

        var asked = Files.SelectMany(f => new[] { (File: f, Client: one), (File: f, Client: two) })
            .Select(async a => (a.File, Bytes: await a.Client.GetByteArrayAsync(new Uri("/export/" + a.File, UriKind.Relative))))
            .ToList();
        var served = await Task.WhenAll(asked);

        foreach (var file in Files)
        {
            var both = served.Where(s => s.File == file).Select(s => s.Bytes).ToList();
            Assert.True(both[0].Length > 0, file);
            Assert.Equal(both[0], both[1]);
        }

        var exports = Path.Combine(first.Services.GetRequiredService<ArchiveLocations>().DataDirectory, "exports");
        var entries = Directory.GetFileSystemEntries(exports).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(".build.lock", entries[0]);
        Assert.Equal(served.First(s => s.File == "archive.json").Bytes, await File.ReadAllBytesAsync(Path.Combine(exports, entries[1]!, "archive.json")));
    }
}
