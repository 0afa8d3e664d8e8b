using System.Net;

namespace Archive.Web.Tests.Api;

/// <summary>HEAD works wherever GET does (uptime monitors use it): the same status and headers, no body.</summary>
[Collection(SharedWebApp.Name)]
public class HeadRequestTests(ArchiveWebFactory factory)
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/api/resolutions")]
    [InlineData("/api/resolutions/1")]
    [InlineData("/api/resolutions/1/clauses/b")]
    [InlineData("/api/topics")]
    [InlineData("/api/search?q=iran")]
    [InlineData("/api/resolutions/abc")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/")]
    [InlineData("/resolutions/1")]
    [InlineData("/robots.txt")]
    [InlineData("/sitemap.xml")]
    [InlineData("/favicon.ico")]
    [InlineData("/nothing-here")]
    public async Task Head_AnswersAsGetDoes_WithoutABody(string path)
    {
        await factory.WaitForSearchAsync();
        var client = factory.CreateClient();
        var get = await client.GetAsync(new Uri(path, UriKind.Relative));
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative)));
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        if (get.StatusCode == HttpStatusCode.OK && get.Headers.ETag is not null && path != "/favicon.ico")
        {
            Assert.Equal(get.Headers.ETag, head.Headers.ETag);
            Assert.Equal((await get.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);
        }
    }
}
