using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Archive.Web.Tests.Pages.Paging;

/// <summary>A collection's and a topic's resolutions in pages of 3 (<see cref="SmallPagesApp"/>): numbered, linked both ways, canonical, and 404 for a page that is not there.</summary>
public sealed class PagedListTests(SmallPagesApp app) : IClassFixture<SmallPagesApp>
{
    [Fact]
    public async Task TheCollectionsPages_WalkedByTheirNextLinks_ShowEveryResolutionOnceInOrder()
    {
        var seen = new List<string>();
        var path = "/wpi-congress-12?ui=en";
        for (var page = 1; path is not null; page++)
        {
            var html = await Parse(path);
            var items = html.QuerySelectorAll("ol.resolution-list > li > a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.InRange(items.Count, 1, SmallPagesApp.PageSize);
            Assert.Equal(seen.Count + 1, int.Parse(html.QuerySelector("ol.resolution-list")!.GetAttribute("start")!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains($"Page {page} of 10", html.QuerySelector("nav.page-navigation")!.TextContent, StringComparison.Ordinal);
            seen.AddRange(items);
            path = html.QuerySelector("nav.page-navigation a[rel=next]")?.GetAttribute("href");
            Assert.True(page <= 10, "the pages do not end");
        }

        Assert.Equal(Enumerable.Range(1, 28).Select(n => $"/wpi-congress-12/{n}?ui=en"), seen);
    }

    [Fact]
    public async Task AMiddlePage_IsItsOwnCanonicalUrl_AndLinksThePagesBesideIt()
    {
        var html = await Parse("/wpi-congress-12?page=2");
        Assert.Equal("http://localhost/wpi-congress-12?page=2", Head(html, "canonical"));
        Assert.Equal("http://localhost/wpi-congress-12", Head(html, "prev"));
        Assert.Equal("http://localhost/wpi-congress-12?page=3", Head(html, "next"));
        Assert.Equal("/wpi-congress-12", html.QuerySelector("nav.page-navigation a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal(["/wpi-congress-12/4", "/wpi-congress-12/5", "/wpi-congress-12/6"], html.QuerySelectorAll("ol.resolution-list > li > a").Select(a => a.GetAttribute("href")));
        Assert.Contains("صفحه ۲ از ۱۰", html.QuerySelector("nav.page-navigation")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFirstAndLastPages_LinkOnlyInward()
    {
        var first = await Parse("/wpi-congress-12");
        Assert.Equal("http://localhost/wpi-congress-12", Head(first, "canonical"));
        Assert.Null(Head(first, "prev"));
        Assert.Empty(first.QuerySelectorAll("a[rel=prev]"));
        var last = await Parse("/wpi-congress-12?page=10&ui=en");
        Assert.Null(Head(last, "next"));
        Assert.Empty(last.QuerySelectorAll("a[rel=next]"));
        Assert.Equal("/wpi-congress-12?page=9&ui=en", last.QuerySelector("nav.page-navigation a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal(["/wpi-congress-12/28?ui=en"], last.QuerySelectorAll("ol.resolution-list > li > a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task ATopicsPages_ListItsResolutionsAcrossPages()
    {
        var first = await Parse("/topics/labour?ui=en");
        Assert.Equal("http://localhost/topics/labour?page=2", Head(first, "next"));
        var second = await Parse(first.QuerySelector("nav.page-navigation a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal("http://localhost/topics/labour?page=2", Head(second, "canonical"));
        var links = first.QuerySelectorAll("ol.resolution-list > li > a").Concat(second.QuerySelectorAll("ol.resolution-list > li > a")).Select(a => a.GetAttribute("href"));
        Assert.Equal(new[] { 1, 9, 10, 23, 28 }.Select(n => $"/wpi-congress-12/{n}?ui=en"), links);
        Assert.Equal("4", second.QuerySelector("ol.resolution-list")!.GetAttribute("start"));
    }

    [Theory]
    [InlineData("/wpi-congress-12?page=0")]
    [InlineData("/wpi-congress-12?page=x")]
    [InlineData("/wpi-congress-12?page=-1")]
    [InlineData("/wpi-congress-12?page=%2B2")]
    [InlineData("/wpi-congress-12?page=")]
    [InlineData("/wpi-congress-12?page=11")]
    [InlineData("/wpi-congress-12?page=99999999999")]
    [InlineData("/wpi-congress-12?page=2147483647")]
    [InlineData("/topics/labour?page=3")]
    [InlineData("/topics/labour?page=0")]
    public async Task APageThatIsNotThere_IsNotFound(string path)
    {
        using var response = await app.Factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheReadingPages_KeepTheirLinks_AndTheHomePageCountsEachTopic()
    {
        var reader = await Parse("/wpi-congress-12/2");
        Assert.Equal("/wpi-congress-12/1", reader.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/wpi-congress-12/3", reader.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        var home = await Parse("/?ui=en");
        var labour = home.QuerySelector("ul.topic-chips a[href='/topics/labour?ui=en']")!;
        Assert.Contains("(5)", labour.TextContent, StringComparison.Ordinal);
    }

    private static string? Head(IHtmlDocument html, string rel) => html.Head!.QuerySelector($"link[rel={rel}]")?.GetAttribute("href");

    private async Task<IHtmlDocument> Parse(string path)
    {
        using var response = await app.Factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
        return new HtmlParser().ParseDocument(body);
    }
}
