using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Archive.Web.Tests.Pages.Status;

/// <summary>
/// The status page on content with block statuses and one dropped number: coverage and status per language, collection
/// and resolution, the clause with its open finding linked to its page, in both interface languages, never indexed.
/// </summary>
public sealed class StatusPageTests(ReviewedContentArchive archive) : IClassFixture<ReviewedContentArchive>
{
    [Fact]
    public async Task TheEnglishPageCountsClausesByLanguageAndStatus()
    {
        var page = await GetAsync("/status?ui=en");
        Assert.Equal(("en", "ltr"), (page.DocumentElement.GetAttribute("lang"), page.DocumentElement.GetAttribute("dir")));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("Translation status", page.QuerySelector("h1")!.TextContent);
        var english = page.QuerySelector("table.status tr[data-language=en]")!;
        Assert.Equal("89/89", english.Children[1].TextContent);
        Assert.Equal(
            [("draft", "87"), ("reviewed", "1"), ("approved", "0"), ("outdated", "1")],
            english.QuerySelectorAll("td[data-status]").Select(td => (td.GetAttribute("data-status"), td.TextContent)));
        Assert.Equal("1", english.Children[^1].TextContent);
        var german = page.QuerySelector("table.status tr[data-language=de]")!;
        Assert.Equal(("89/89", "89"), (german.Children[1].TextContent, german.QuerySelector("td[data-status=draft]")!.TextContent));
        Assert.Contains(page.QuerySelectorAll("table.status th[scope=row]"), th => th.TextContent == "wpi-congress-12");
        Assert.Contains("reviewed 1", page.QuerySelector("tr#r1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(28, page.QuerySelectorAll("tr[id^=r]").Length);
    }

    [Fact]
    public async Task TheOpenFindingIsListedAndLinksToItsClause()
    {
        var page = await GetAsync("/status?ui=en");
        var finding = Assert.Single(page.QuerySelectorAll("ul.findings > li"));
        Assert.Equal(("6:p2", "en"), (finding.GetAttribute("data-clause"), finding.GetAttribute("data-language")));
        var link = finding.QuerySelector("a")!;
        Assert.StartsWith("/wpi-congress-12/6/p2?", link.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("Clause p2 of resolution 6", link.TextContent);
        Assert.Contains("content/translations/en/wpi-congress-12/06.md:13", finding.TextContent, StringComparison.Ordinal);
        Assert.Contains("numbers", finding.QuerySelector("code")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("31", finding.QuerySelector("li.finding-warning span[lang=en]")!.TextContent, StringComparison.Ordinal);

        var clause = await archive.Factory.CreateClient().GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative));
        Assert.True(clause.IsSuccessStatusCode);
    }

    [Fact]
    public async Task ThePersianPageIsRightToLeftWithPersianDigits()
    {
        var page = await GetAsync("/status");
        Assert.Equal(("fa", "rtl"), (page.DocumentElement.GetAttribute("lang"), page.DocumentElement.GetAttribute("dir")));
        Assert.Equal("وضعیت ترجمه‌ها", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("۸۹/۸۹", page.QuerySelector("table.status tr[data-language=en]")!.Children[1].TextContent);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    private async Task<IDocument> GetAsync(string path)
    {
        var response = await archive.Factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}\n{html[..Math.Min(html.Length, 2000)]}");
        return new HtmlParser().ParseDocument(html);
    }
}
