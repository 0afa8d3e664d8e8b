using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Archive.Core;
using Archive.Core.Import;
using Archive.Core.Storage;
using Archive.Web.OpenData;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.OpenData;

/// <summary>
/// The downloads are files in the data folder, <c>exports/{generation}-{site}/</c>, made whole and served from disk
/// (HEAD, ranges and If-None-Match too, never buffered in memory); a new import generation makes new files and removes the old; a half-written file (a build
/// that died) is never served, and the next build removes it.
/// </summary>
public class ExportFilesTests
{
    private static readonly Uri Site = new("http://localhost/");

    [Fact]
    public async Task TheDownloadsAreServedFromFilesInTheDataFolder_AndANewGenerationReplacesThem()
    {
        var root = Faults.Processes.ScratchArchive.CopyRoot("archive-export-files-");
        try
        {
            await using var app = new ArchiveWebFactory { Root = root };
            await app.WaitForSearchAsync();
            var client = app.CreateClient();
            var exports = ExportsOf(app);
            var first = await GenerationAsync(app);

            var json = await client.GetAsync(new Uri("/export/archive.json", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, json.StatusCode);
            Assert.Equal("attachment; filename=\"archive.json\"", json.Content.Headers.ContentDisposition?.ToString());
            var folder = Assert.Single(Directory.GetDirectories(exports));
            Assert.Equal(new ExportFolders(exports).PathOf(first, Site), folder);
            Assert.Equal(["akn.zip", "archive.csv", "archive.json"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            var file = await File.ReadAllBytesAsync(Path.Combine(folder, "archive.json"));
            Assert.Equal(file, await json.Content.ReadAsByteArrayAsync());

            using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/export/akn.zip", UriKind.Relative)));
            Assert.Equal((HttpStatusCode.OK, new FileInfo(Path.Combine(folder, "akn.zip")).Length, "application/zip"), (head.StatusCode, head.Content.Headers.ContentLength!.Value, head.Content.Headers.ContentType!.MediaType!));
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
            using var range = new HttpRequestMessage(HttpMethod.Get, new Uri("/export/archive.json", UriKind.Relative));
            range.Headers.Range = new RangeHeaderValue(10, 19);
            using var part = await client.SendAsync(range);
            Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
            Assert.Equal(file[10..20], await part.Content.ReadAsByteArrayAsync());
            using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/export/archive.json", UriKind.Relative));
            again.Headers.IfNoneMatch.Add(json.Headers.ETag!);
            Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/export/other.json", UriKind.Relative))).StatusCode);

            var seed = Path.Combine(root, "seeds", "wpi-congress-12", "resolutions.fa.txt");
            await File.WriteAllTextAsync(seed, (await File.ReadAllTextAsync(seed)).Replace("نظیر خصوصی سازی", "نظیر خصوصی سازی زنبورستانی", StringComparison.Ordinal));
            var report = await app.Services.GetRequiredService<ArchiveImporter>().ImportAsync(null, CancellationToken.None);
            Assert.True(report.Changed, string.Join('\n', report.Diagnostics));

            var csv = await client.GetStringAsync(new Uri("/export/archive.csv", UriKind.Relative));
            Assert.Contains("زنبورستانی", csv, StringComparison.Ordinal);
            var second = Assert.Single(Directory.GetDirectories(exports));
            Assert.Equal(new ExportFolders(exports).PathOf(first + 1, Site), second);
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(second, "archive.csv")), csv);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task AHalfWrittenDownloadLeftByABuildThatDied_IsNeverServed_AndTheNextBuildRemovesIt()
    {
        await using var app = new ArchiveWebFactory();
        await app.WaitForSearchAsync();
        var exports = Directory.CreateDirectory(ExportsOf(app)).FullName;
        var folder = new ExportFolders(exports).PathOf(await GenerationAsync(app), Site);
        var temporary = Path.Combine(exports, $".{Path.GetFileName(folder)}.{Guid.NewGuid():N}.tmp");
        const string half = "{\n  \"format\": \"archive-bundle\",\n  \"version\": 2,\n  \"coll";
        foreach (var planted in new[] { temporary, folder })
        {
            Directory.CreateDirectory(planted);
            await File.WriteAllTextAsync(Path.Combine(planted, "archive.json"), half);
        }

        var served = await app.CreateClient().GetByteArrayAsync(new Uri("/export/archive.json", UriKind.Relative));

        using var bundle = JsonDocument.Parse(served);
        Assert.Equal(28, bundle.RootElement.GetProperty("collections")[0].GetProperty("resolutions").GetArrayLength());
        Assert.False(Directory.Exists(temporary), "the dead build's temporary folder was left");
        Assert.Equal([".build.lock", Path.GetFileName(folder)], Directory.GetFileSystemEntries(exports).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(served, await File.ReadAllBytesAsync(Path.Combine(folder, "archive.json")));
    }

    private static string ExportsOf(ArchiveWebFactory app) =>
        Path.Combine(app.Services.GetRequiredService<ArchiveLocations>().DataDirectory, "exports");

    private static Task<long> GenerationAsync(ArchiveWebFactory app) =>
        app.Services.GetRequiredService<ArchiveDatabase>().GetGenerationAsync(CancellationToken.None);
}
