using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Archive.Web.Tests.Revisions;

/// <summary>After a revision of the original: a removed clause's address answers 410 with its last text, an edited clause's translations are outdated.</summary>
public sealed class RetiredClauseTests(RevisedArchive archive) : IClassFixture<RevisedArchive>
{
    [Fact]
    public async Task ARemovedClause_Answers410WithItsLastTextAndALinkToTheResolution()
    {
        await archive.EnsureRevisedAsync();
        using var client = archive.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/wpi-congress-12/1/p2?ui=en", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(RevisedArchive.TextOf("p2"), page.QuerySelector("blockquote.retired-text")!.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href")?.StartsWith("/wpi-congress-12/1", StringComparison.Ordinal) == true && a.TextContent.Contains("Resolution 1", StringComparison.Ordinal));
        Assert.Contains("removed from the resolution by revision 2", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARemovedClause_AnswersGoneInTheApi_WithItsLastTextAndTheRevisionThatRemovedIt()
    {
        await archive.EnsureRevisedAsync();
        using var client = archive.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/collections/wpi-congress-12/resolutions/1/clauses/p2", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("clause-retired", problem.RootElement.GetProperty("code").GetString());
        Assert.Equal(RevisedArchive.TextOf("p2"), problem.RootElement.GetProperty("lastText").GetString());
        Assert.Equal(2, problem.RootElement.GetProperty("revision").GetInt32());
        Assert.Equal("/api/collections/wpi-congress-12/resolutions/1", problem.RootElement.GetProperty("resolution").GetString());
        using var never = await client.GetAsync(new Uri("/api/collections/wpi-congress-12/resolutions/1/clauses/p9", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, never.StatusCode);
    }

    [Fact]
    public async Task AnOldAddressOfARemovedClause_RedirectsToItsGonePage_AndOneThatNeverExistedStaysNotFound()
    {
        await archive.EnsureRevisedAsync();
        using var client = archive.Factory.CreateClient(new() { AllowAutoRedirect = false });
        using var old = await client.GetAsync(new Uri("/resolutions/1/p2", UriKind.Relative));
        Assert.Equal(HttpStatusCode.PermanentRedirect, old.StatusCode);
        Assert.Equal("/wpi-congress-12/1/p2", old.Headers.Location?.OriginalString);
        using var never = await client.GetAsync(new Uri("/resolutions/1/p9", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, never.StatusCode);
    }

    [Fact]
    public async Task AnIdThatNeverExisted_StaysNotFound()
    {
        await archive.EnsureRevisedAsync();
        using var client = archive.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/wpi-congress-12/1/p9", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnEditedClause_KeepsItsTranslationsMarkedOutdated_InTheReaderAndTheApi()
    {
        await archive.EnsureRevisedAsync();
        using var client = archive.Factory.CreateClient();
        var reader = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/wpi-congress-12/1?ui=en&tr=en,de", UriKind.Relative)));
        var b = reader.GetElementById("b")!;
        Assert.Equal(2, b.QuerySelectorAll(".outdated-note").Length);
        Assert.Contains("The original changed after this translation", b.QuerySelector(".outdated-note")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(reader.GetElementById("a")!.QuerySelectorAll(".outdated-note"));
        var persian = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/wpi-congress-12/1?ui=fa&tr=en", UriKind.Relative)));
        Assert.Contains("متن اصلی پس از این ترجمه تغییر کرده است", persian.GetElementById("b")!.QuerySelector(".outdated-note")!.TextContent, StringComparison.Ordinal);

        using var api = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/collections/wpi-congress-12/resolutions/1/clauses/b", UriKind.Relative)));
        Assert.Equal("outdated", api.RootElement.GetProperty("clause").GetProperty("translations").GetProperty("en").GetProperty("status").GetString());
        Assert.EndsWith(" و دیگر جاها", api.RootElement.GetProperty("clause").GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
