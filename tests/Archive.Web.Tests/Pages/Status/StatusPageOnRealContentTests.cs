using AngleSharp.Html.Parser;

namespace Archive.Web.Tests.Pages.Status;

/// <summary>The status page on the archive's real content: linked from every page's footer, and nothing open.</summary>
[Collection(SharedWebApp.Name)]
public sealed class StatusPageOnRealContentTests(ArchiveWebFactory factory)
{
    [Theory]
    [InlineData("/", "/status")]
    [InlineData("/resolutions/1?ui=en", "/status?ui=en")]
    public async Task TheFooterLinksToTheStatusPage(string path, string link)
    {
        var document = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync(new Uri(path, UriKind.Relative)));
        Assert.Equal(link, document.QuerySelector("footer.site-footer a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TheRealContentHasNoOpenFinding()
    {
        var document = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync(new Uri("/status?ui=en", UriKind.Relative)));
        Assert.Empty(document.QuerySelectorAll("ul.findings li"));
        Assert.Contains("found nothing open", document.QuerySelector("p.no-findings")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("89/89", document.QuerySelector("table.status tr[data-language=de]")!.Children[1].TextContent);
    }
}
