using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Archive.Web.Tests.Ui;
using Archive.Web.Ui;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.OpenData;

/// <summary>
/// The home page links the Atom feed (rel=alternate) and the OpenSearch description (rel=search, in the interface
/// language, whose search page it opens); both answer, and every URL in them is an absolute URL of this site that answers too.
/// </summary>
[Collection(SharedWebApp.Name)]
public class DiscoveryTests(ArchiveWebFactory factory)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";

    [Theory]
    [InlineData("/", "fa", "http://localhost/search?q={searchTerms}", "http://localhost/opensearch.xml")]
    [InlineData("/?ui=de", "de", "http://localhost/search?q={searchTerms}&ui=de", "http://localhost/opensearch.xml?ui=de")]
    public async Task TheOpenSearchDescriptionLinkedFromHomeOpensTheSearchPageAndAllItsUrlsAnswerOnThisSite(string home, string language, string searchPage, string self)
    {
        var client = factory.CreateClient();
        var link = await HomeLinkAsync(client, "search", "application/opensearchdescription+xml", home);
        Assert.Equal(self, link);
        var description = XDocument.Parse(await client.GetStringAsync(new Uri(link)));
        var root = description.Root!;

        Assert.Equal(OpenSearch + "OpenSearchDescription", root.Name);
        var shortName = root.Element(OpenSearch + "ShortName")!.Value;
        Assert.InRange(shortName.Length, 1, 16);
        Assert.Equal(InterfaceStrings.In(language, "SiteShortName"), shortName);
        Assert.Equal(language, root.Element(OpenSearch + "Language")!.Value);
        Assert.InRange(root.Element(OpenSearch + "Description")!.Value.Length, 1, 1024);
        Assert.Equal(InterfaceStrings.In(language, "SiteTagline"), root.Element(OpenSearch + "Description")!.Value);
        var html = root.Elements(OpenSearch + "Url").Single(u => (string?)u.Attribute("type") == "text/html");
        Assert.Equal(searchPage, (string?)html.Attribute("template"));
        Assert.Equal(self, (string?)root.Elements(OpenSearch + "Url").Single(u => (string?)u.Attribute("rel") == "self").Attribute("template"));

        var urls = root.Elements(OpenSearch + "Url").Select(u => (string)u.Attribute("template")!).Append(root.Element(OpenSearch + "Image")!.Value).ToList();
        await factory.WaitForSearchAsync(); // search answers 503 until the index is built in the background
        foreach (var template in urls)
        {
            var url = template.Replace("{searchTerms}", "%DA%A9%D8%A7%D8%B1%DA%AF%D8%B1", StringComparison.Ordinal)
                .Replace("{startIndex?}", "0", StringComparison.Ordinal).Replace("{count?}", "5", StringComparison.Ordinal);
            Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var absolute), $"{template} is not an absolute URL");
            Assert.Equal(("http", "localhost"), (absolute!.Scheme, absolute.Host));
            var response = await client.GetAsync(absolute);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task TheAtomFeedLinkedFromHomeHasEveryResolutionAndTranslationWithTheElementsAtomRequires()
    {
        var client = factory.CreateClient();
        var link = await HomeLinkAsync(client, "alternate", "application/atom+xml");
        var response = await client.GetAsync(new Uri(link));
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.All(new[] { "id", "title", "updated" }, e => Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + e)?.Value)));
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
        Assert.Equal(link, (string?)feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href"));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(28 * 3, entries.Count);
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct(StringComparer.Ordinal).Count());
        Assert.All(entries, e =>
        {
            Assert.True(DateTimeOffset.TryParse(e.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture, out _));
            Assert.False(string.IsNullOrWhiteSpace(e.Element(Atom + "title")!.Value));
            Assert.StartsWith("http://localhost/wpi-congress-12/", (string?)e.Element(Atom + "link")!.Attribute("href"), StringComparison.Ordinal);
        });
        Assert.Contains(entries, e => e.Element(Atom + "id")!.Value.EndsWith("wpi-congress-12/1/en/draft", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheFeedOfACollectionThatDoesNotExist_IsNotFound()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/feed.atom?collection=no-such-collection", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no-such-collection", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wpi-congress-12", 28 * 3)]
    public async Task TheFeedOfOneCollectionHasThatCollectionsChangesOnly(string collection, int entries)
    {
        var feed = XDocument.Parse(await factory.CreateClient().GetStringAsync(new Uri("/feed.atom?collection=" + collection, UriKind.Relative))).Root!;

        Assert.Equal(entries, feed.Elements(Atom + "entry").Count());
        Assert.All(feed.Elements(Atom + "entry"), e => Assert.Contains(":" + collection + "/", e.Element(Atom + "id")!.Value, StringComparison.Ordinal));
        Assert.Equal("http://localhost/feed.atom?collection=" + collection, (string?)feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href"));
    }

    [Fact]
    public async Task TheSitemapNamesEveryPageInEveryInterfaceLanguage()
    {
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var client = factory.CreateClient();
        var index = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative))).Root!;
        Assert.Equal(sitemap + "sitemapindex", index.Name);
        var file = Assert.Single(index.Elements(sitemap + "sitemap")).Element(sitemap + "loc")!.Value;
        var urls = XDocument.Parse(await client.GetStringAsync(new Uri(file))).Root!.Elements(sitemap + "url").ToList();

        var reader = urls.Single(u => u.Element(sitemap + "loc")!.Value == "http://localhost/wpi-congress-12/1");
        var alternates = reader.Elements(xhtml + "link").ToDictionary(l => (string)l.Attribute("hreflang")!, l => (string)l.Attribute("href")!, StringComparer.Ordinal);
        Assert.Equal("http://localhost/wpi-congress-12/1", alternates["fa"]);
        Assert.Equal("http://localhost/wpi-congress-12/1?ui=en", alternates["en"]);
        Assert.Equal("http://localhost/wpi-congress-12/1?ui=de", alternates["de"]);
        var languages = factory.Services.GetRequiredService<InterfaceLanguages>().Codes;
        Assert.All(urls, u => Assert.Equal(languages, u.Elements(xhtml + "link").Select(l => (string)l.Attribute("hreflang")!)));
    }

    private static async Task<string> HomeLinkAsync(HttpClient client, string rel, string type, string path = "/")
    {
        var home = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri(path, UriKind.Relative)));
        var link = Assert.Single(home.Head!.QuerySelectorAll($"link[rel={rel}][type='{type}']"));
        return link.GetAttribute("href")!;
    }
}
