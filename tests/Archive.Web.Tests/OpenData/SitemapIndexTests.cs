using System.Net;
using System.Xml.Linq;
using Archive.Web.Tests.Pages.Paging;

namespace Archive.Web.Tests.OpenData;

/// <summary>
/// With sitemap files of 10 URLs (<see cref="SmallPagesApp"/>), robots.txt names the index, the index names every file,
/// each file holds at most 10 canonical URLs, and together they name every page once.
/// </summary>
public sealed class SitemapIndexTests(SmallPagesApp app) : IClassFixture<SmallPagesApp>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task TheIndexThatRobotsNames_SplitsEveryPageIntoFilesOfTenAtMost()
    {
        var client = app.Factory.CreateClient();
        var robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));
        Assert.Contains("Sitemap: http://localhost/sitemap.xml\n", robots, StringComparison.Ordinal);
        var index = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative))).Root!;
        Assert.Equal(Sitemap + "sitemapindex", index.Name);
        var files = index.Elements(Sitemap + "sitemap").Select(s => s.Element(Sitemap + "loc")!.Value).ToList();

        // home, 1 collection, 16 topics, 28 resolutions: 46 pages in 5 files.
        Assert.Equal(Enumerable.Range(1, 5).Select(n => $"http://localhost/sitemap-{n}.xml"), files);
        var urls = new List<string>();
        foreach (var file in files)
        {
            var set = XDocument.Parse(await client.GetStringAsync(new Uri(file))).Root!;
            Assert.Equal(Sitemap + "urlset", set.Name);
            var locs = set.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
            Assert.InRange(locs.Count, 1, SmallPagesApp.UrlsPerFile);
            urls.AddRange(locs);
        }

        Assert.Equal(urls.Count, urls.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(46, urls.Count);
        Assert.Equal(["http://localhost/", "http://localhost/wpi-congress-12", "http://localhost/topics/labour"], urls.Take(3));
        Assert.Equal(Enumerable.Range(1, 28).Select(n => $"http://localhost/wpi-congress-12/{n}"), urls.Where(u => u.StartsWith("http://localhost/wpi-congress-12/", StringComparison.Ordinal)));
        Assert.All(urls, u => Assert.DoesNotContain("?", u, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/sitemap-0.xml")]
    [InlineData("/sitemap-6.xml")]
    [InlineData("/sitemap-x.xml")]
    [InlineData("/sitemap--1.xml")]
    [InlineData("/sitemap-99999999999.xml")]
    public async Task ASitemapFileThatIsNotThere_IsNotFound(string path)
    {
        using var response = await app.Factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
