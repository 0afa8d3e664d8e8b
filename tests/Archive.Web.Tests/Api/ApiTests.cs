using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Api;

[Collection(SharedWebApp.Name)]
public class ApiTests(ArchiveWebFactory factory)
{
    [Fact]
    public async Task Resolutions_ListsAll28WithNumberKindTitleAndClauseCount()
    {
        using var json = await GetJson("/api/resolutions");
        var list = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(28, list.Count);
        var first = list[0];
        Assert.Equal("wpi-congress-12", first.GetProperty("collection").GetString());
        Assert.Equal(1, first.GetProperty("number").GetInt32());
        Assert.Equal("qatnameh", first.GetProperty("kind").GetString());
        Assert.Equal(25, first.GetProperty("clauses").GetInt32());
        Assert.Equal("qarar", list[1].GetProperty("kind").GetString());
        Assert.Equal(89, list.Sum(r => r.GetProperty("clauses").GetInt32()));
    }

    [Fact]
    public async Task Resolution_HasClausesWithTranslationsByLanguage()
    {
        using var json = await GetJson("/api/collections/wpi-congress-12/resolutions/1");
        Assert.Equal(("wpi-congress-12", 1), (json.RootElement.GetProperty("collection").GetString(), json.RootElement.GetProperty("number").GetInt32()));
        var clauses = json.RootElement.GetProperty("clauses").EnumerateArray().ToList();
        Assert.Equal(25, clauses.Count);
        var b = clauses.Single(c => c.GetProperty("id").GetString() == "b");
        Assert.Equal("ب", b.GetProperty("label").GetString());
        Assert.Equal("lettered", b.GetProperty("kind").GetString());
        Assert.Equal("draft", b.GetProperty("translations").GetProperty("en").GetProperty("status").GetString());
        Assert.Contains("Haft Tappeh", b.GetProperty("translations").GetProperty("en").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("labour", json.RootElement.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Clause_ReturnsOneClauseAndItsLink()
    {
        using var json = await GetJson("/api/collections/wpi-congress-12/resolutions/6/clauses/p2");
        Assert.Equal("/wpi-congress-12/6#p2", json.RootElement.GetProperty("url").GetString());
        Assert.Equal("wpi-congress-12", json.RootElement.GetProperty("collection").GetString());
        Assert.Contains("٣١ هزار", json.RootElement.GetProperty("clause").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/resolutions/99", HttpStatusCode.NotFound)]
    [InlineData("/api/collections/wpi-congress-12/resolutions/99", HttpStatusCode.NotFound)]
    [InlineData("/api/collections/no-such-collection/resolutions/1", HttpStatusCode.NotFound)]
    [InlineData("/api/collections/NOT%20A%20SLUG/resolutions/1", HttpStatusCode.BadRequest)]
    [InlineData("/api/search?q=word&collection=no-such-collection", HttpStatusCode.BadRequest)]
    [InlineData("/api/resolutions/1/clauses/zz", HttpStatusCode.NotFound)]
    [InlineData("/api/resolutions/1/clauses/BAD!", HttpStatusCode.BadRequest)]
    [InlineData("/api/search?q=", HttpStatusCode.BadRequest)]
    [InlineData("/api/search?q=*", HttpStatusCode.BadRequest)]
    [InlineData("/api/search?q=%22open", HttpStatusCode.BadRequest)]
    [InlineData("/api/search?q=a%01b", HttpStatusCode.BadRequest)]
    [InlineData("/api/search?q=word&limit=1000", HttpStatusCode.BadRequest)]
    [InlineData("/api/search?q=word&lang=xx", HttpStatusCode.BadRequest)]
    public async Task BadRequest_GetsA4xxWithAMessage(string path, HttpStatusCode expected)
    {
        await factory.WaitForSearchAsync();
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Search_ReturnsTheDocumentedShape()
    {
        await factory.WaitForSearchAsync();
        using var json = await GetJson("/api/search?q=" + Uri.EscapeDataString("خصوصی‌سازی") + "&limit=5");
        var root = json.RootElement;
        Assert.Equal("خصوصی‌سازی", root.GetProperty("query").GetString());
        Assert.True(root.GetProperty("total").GetInt32() >= 1);
        var hit = root.GetProperty("hits")[0];
        Assert.Equal("wpi-congress-12", hit.GetProperty("collection").GetString());
        Assert.Equal(1, hit.GetProperty("resolution").GetInt32());
        Assert.Equal("a", hit.GetProperty("clause").GetString());
        Assert.Equal("fa", hit.GetProperty("lang").GetString());
        Assert.True(hit.GetProperty("score").GetSingle() > 0);
        Assert.Contains("<mark>خصوصی سازی</mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal("/wpi-congress-12/1#a", hit.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Search_FiltersByLanguageTopicAndResolution()
    {
        await factory.WaitForSearchAsync();
        using var en = await GetJson("/api/search?q=execution&lang=en&limit=50");
        Assert.All(en.RootElement.GetProperty("hits").EnumerateArray(), h => Assert.Equal("en", h.GetProperty("lang").GetString()));
        using var topic = await GetJson("/api/search?q=" + Uri.EscapeDataString("اعدام") + "&topic=executions-judiciary&limit=50");
        Assert.All(topic.RootElement.GetProperty("hits").EnumerateArray(), h => Assert.Contains(h.GetProperty("resolution").GetInt32(), new[] { 12, 20, 21 }));
        using var one = await GetJson("/api/search?q=" + Uri.EscapeDataString("اعدام") + "&resolution=20&limit=50");
        Assert.All(one.RootElement.GetProperty("hits").EnumerateArray(), h => Assert.Equal(20, h.GetProperty("resolution").GetInt32()));
        Assert.True(one.RootElement.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApi()
    {
        using var json = await GetJson("/openapi/v1.json");
        var paths = json.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/resolutions", out _));
        Assert.True(paths.TryGetProperty("/api/collections", out _));
        Assert.True(paths.TryGetProperty("/api/collections/{slug}/resolutions/{number}", out _));
        Assert.False(paths.TryGetProperty("/api/resolutions/{number}", out _), "the old address is a redirect, not an operation");
        Assert.True(paths.TryGetProperty("/api/search", out _));
    }

    /// <summary>Nothing in the archive can be written over HTTP: every endpoint answers GET or HEAD only.</summary>
    [Fact]
    public void Endpoints_MapOnlyGetAndHead()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/api/search");
        var writers = endpoints
            .Where(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Any(m => m is not ("GET" or "HEAD")))
            .Select(e => e.RoutePattern.RawText + " " + string.Join(',', e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods))
            .ToList();
        Assert.Empty(writers);
    }

    private async Task<JsonDocument> GetJson(string path)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
