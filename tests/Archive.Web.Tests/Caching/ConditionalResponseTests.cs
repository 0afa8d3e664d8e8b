using System.Net;
using System.Net.Http.Headers;

namespace Archive.Web.Tests.Caching;

/// <summary>Strong ETags and 304 on pages and API answers, Cache-Control to match the output cache, CORS on the public API.</summary>
[Collection(SharedWebApp.Name)]
public class ConditionalResponseTests(ArchiveWebFactory factory)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/resolutions/1?ui=en")]
    [InlineData("/api/resolutions")]
    [InlineData("/api/resolutions/1/clauses/b")]
    [InlineData("/api/search?q=iran")]
    [InlineData("/openapi/v1.json")]
    public async Task Answer_CarriesAStrongETag_AndIfNoneMatchGets304WithItsValidators(string path)
    {
        await factory.WaitForSearchAsync();
        var client = factory.CreateClient();
        var first = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.False(tag.IsWeak);
        Assert.Equal("public, max-age=600", first.Headers.CacheControl?.ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        again.Headers.IfNoneMatch.Add(tag);
        var second = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(tag, second.Headers.ETag);
        Assert.Equal("public, max-age=600", second.Headers.CacheControl?.ToString());
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"an-older-answer\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task ETag_DiffersWhenTheBytesDiffer_ByLanguageByQueryAndByEncoding()
    {
        await factory.WaitForSearchAsync();
        var client = factory.CreateClient();
        var persian = await Tag(client, "/resolutions/1", gzip: false);
        Assert.Equal(persian, await Tag(client, "/resolutions/1", gzip: false));
        Assert.NotEqual(persian, await Tag(client, "/resolutions/1?ui=en", gzip: false));
        Assert.NotEqual(persian, await Tag(client, "/resolutions/2", gzip: false));
        Assert.NotEqual(persian, await Tag(client, "/resolutions/1", gzip: true));
    }

    [Fact]
    public async Task PublicApi_MayBeReadFromAnyOrigin_AndPreflightAllowsIfNoneMatch()
    {
        await factory.WaitForSearchAsync();
        var client = factory.CreateClient();
        foreach (var path in new[] { "/api/resolutions", "/api/search?q=iran", "/api/resolutions/abc", "/openapi/v1.json" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            request.Headers.Add("Origin", "https://notebook.example");
            var response = await client.SendAsync(request);
            Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        }

        using var preflight = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/search?q=iran", UriKind.Relative));
        preflight.Headers.Add("Origin", "https://notebook.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        var answer = await client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        Assert.Equal("*", Assert.Single(answer.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("If-None-Match", answer.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);

        using var page = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        page.Headers.Add("Origin", "https://elsewhere.example");
        Assert.False((await client.SendAsync(page)).Headers.Contains("Access-Control-Allow-Origin"), "pages are not opened to other origins");
    }

    [Fact]
    public async Task StaticAsset_IsNotOutputCached_SoAPlainRequestNeverGetsGzipBytes()
    {
        var client = factory.CreateClient();
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var script = System.Text.RegularExpressions.Regex.Match(home, "src=\"(js/archive[^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(script);
        var url = new Uri($"/{script}?x={Guid.NewGuid():N}", UriKind.Relative);
        using var gzip = new HttpRequestMessage(HttpMethod.Get, url);
        gzip.Headers.AcceptEncoding.ParseAdd("gzip");
        Assert.Equal("gzip", Assert.Single((await client.SendAsync(gzip)).Content.Headers.ContentEncoding));

        var plain = await client.GetAsync(url);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        var expected = await File.ReadAllBytesAsync(Path.Combine(ArchiveWebFactory.RepositoryRoot, "src", "Archive.Web", "wwwroot", "js", "archive.js"));
        Assert.Equal(expected, await plain.Content.ReadAsByteArrayAsync());
    }

    private static async Task<EntityTagHeaderValue> Tag(HttpClient client, string path, bool gzip)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (gzip)
        {
            request.Headers.AcceptEncoding.ParseAdd("gzip");
        }

        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!;
    }
}
