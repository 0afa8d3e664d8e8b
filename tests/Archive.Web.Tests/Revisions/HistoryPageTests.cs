using System.Net;
using AngleSharp.Html.Parser;

namespace Archive.Web.Tests.Revisions;

/// <summary>The history page of a revised resolution (a word-level diff of the Persian, right to left) and <c>?at=</c>, the resolution as it was.</summary>
public sealed class HistoryPageTests(RevisedArchive archive) : IClassFixture<RevisedArchive>
{
    [Fact]
    public async Task TheHistoryPage_ShowsEachRevisionsChanges_AsAWordLevelDiffRightToLeft()
    {
        await archive.EnsureRevisedAsync();
        using var client = archive.Factory.CreateClient();
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/wpi-congress-12/1/history?ui=en", UriKind.Relative)));
        var second = page.GetElementById("revision-2")!;
        var edited = second.QuerySelector("li.change-edited[data-clause='b']")!;
        Assert.Equal("و دیگر جاها", Assert.Single(edited.QuerySelectorAll("ins")).TextContent);
        Assert.Empty(edited.QuerySelectorAll("del"));
        Assert.Equal(("rtl", "fa"), (edited.QuerySelector("p.diff")!.GetAttribute("dir"), edited.QuerySelector("p.diff")!.GetAttribute("lang")));
        var removed = second.QuerySelector("li.change-removed[data-clause='p2']")!;
        Assert.Equal(RevisedArchive.TextOf("p2"), removed.QuerySelector("del")!.TextContent);
        Assert.Equal(2, second.QuerySelectorAll("li.change").Length);
        Assert.NotNull(page.GetElementById("revision-1"));
        var reader = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/wpi-congress-12/1?ui=en", UriKind.Relative)));
        Assert.Contains(reader.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/wpi-congress-12/1/history?ui=en");
    }

    [Fact]
    public async Task AtAnEarlierRevision_TheReaderShowsTheTextAsItWas_MarkedAndLinkedToTheCurrent()
    {
        await archive.EnsureRevisedAsync();
        using var client = archive.Factory.CreateClient();
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/wpi-congress-12/1?at=1&ui=en", UriKind.Relative)));
        var notice = page.QuerySelector(".earlier-version .notice")!;
        Assert.Contains("An earlier version: revision 1 of 2", notice.TextContent, StringComparison.Ordinal);
        Assert.Contains(notice.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/wpi-congress-12/1?ui=en");
        Assert.EndsWith(RevisedArchive.TextOf("p2"), page.GetElementById("p2")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.EndsWith(RevisedArchive.TextOf("b"), page.GetElementById("b")!.TextContent.Trim(), StringComparison.Ordinal);

        var current = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/wpi-congress-12/1?at=2&ui=en", UriKind.Relative)));
        Assert.Null(current.QuerySelector(".earlier-version"));
        Assert.Null(current.GetElementById("p2"));
        using var missing = await client.GetAsync(new Uri("/wpi-congress-12/1?at=9", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
