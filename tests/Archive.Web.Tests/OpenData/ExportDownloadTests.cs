using System.IO.Compression;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Archive.Web.Tests.OpenData;

/// <summary>The home page lists the downloads under /export/ with their size; each answers with what it says it is.</summary>
[Collection(SharedWebApp.Name)]
public class ExportDownloadTests(ArchiveWebFactory factory)
{
    [Fact]
    public async Task EveryDownloadOnTheHomePageAnswersWithTheSizeItShowsAndParses()
    {
        var client = factory.CreateClient();
        var home = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/?ui=en", UriKind.Relative)));
        var links = home.QuerySelectorAll("ul.downloads a[href^='/export/']").ToList();
        Assert.Equal(["/export/archive.json", "/export/archive.csv", "/export/akn.zip"], links.Select(a => a.GetAttribute("href")));

        foreach (var link in links)
        {
            var response = await client.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative));
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.True(response.IsSuccessStatusCode, link.GetAttribute("href"));
            Assert.Equal(link.GetAttribute("type"), response.Content.Headers.ContentType?.MediaType);
            Assert.Contains($"{(int)Math.Ceiling(bytes.Length / 1024.0)} KB", link.ParentElement!.TextContent, StringComparison.Ordinal);
        }

        using var bundle = JsonDocument.Parse(await client.GetByteArrayAsync(new Uri("/export/archive.json", UriKind.Relative)));
        Assert.Equal(("archive-bundle", 2), (bundle.RootElement.GetProperty("format").GetString(), bundle.RootElement.GetProperty("version").GetInt32()));
        Assert.Equal("http://localhost/wpi-congress-12/1/b", bundle.RootElement.GetProperty("collections")[0].GetProperty("resolutions")[0].GetProperty("clauses")[2].GetProperty("url").GetString());
        using var zip = new ZipArchive(new MemoryStream(await client.GetByteArrayAsync(new Uri("/export/akn.zip", UriKind.Relative))));
        Assert.Equal(28 * 3, zip.Entries.Count);
        Assert.Contains(zip.Entries, e => e.FullName == "wpi-congress-12/01.fa.xml");
    }
}
