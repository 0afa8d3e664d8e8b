using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Archive.Web.Tests.Pages.Status;

/// <summary>A block's own status, set in its marker, reaches the API and the reader; the others keep their file's.</summary>
public sealed class ClauseStatusTests(ReviewedContentArchive archive) : IClassFixture<ReviewedContentArchive>
{
    [Fact]
    public async Task TheApiGivesEachClauseItsOwnStatus()
    {
        var client = archive.Factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/resolutions/1", UriKind.Relative)));
        var statuses = json.RootElement.GetProperty("clauses").EnumerateArray().ToDictionary(
            c => c.GetProperty("id").GetString()!,
            c => (c.GetProperty("translations").GetProperty("en").GetProperty("status").GetString(), c.GetProperty("translations").GetProperty("de").GetProperty("status").GetString()),
            StringComparer.Ordinal);
        Assert.Equal(("reviewed", "draft"), statuses["b"]);
        Assert.Equal(("outdated", "draft"), statuses["c"]);
        Assert.Equal(("draft", "draft"), statuses["a"]);
    }

    [Fact]
    public async Task TheReaderShowsEachClausesOwnStatus()
    {
        var html = await archive.Factory.CreateClient().GetStringAsync(new Uri("/resolutions/1?ui=en&tr=en", UriKind.Relative));
        var document = new HtmlParser().ParseDocument(html);
        string Status(string id) => document.QuerySelector($"section#{id} .translation[lang=en] .status")!.TextContent;
        Assert.EndsWith("reviewed", Status("b"), StringComparison.Ordinal);
        Assert.EndsWith("outdated", Status("c"), StringComparison.Ordinal);
        Assert.EndsWith("draft", Status("a"), StringComparison.Ordinal);
        Assert.Contains("original changed", document.QuerySelector("section#c .status")!.GetAttribute("title"), StringComparison.Ordinal);
    }
}
