using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Archive.Web.Tests.Api;

/// <summary>Every address from before collections answers a permanent redirect to the same text in the first collection.</summary>
[Collection(SharedWebApp.Name)]
public class LegacyRedirectTests(ArchiveWebFactory factory)
{
    [Theory]
    [InlineData("/resolutions/1", "/wpi-congress-12/1")]
    [InlineData("/resolutions/28", "/wpi-congress-12/28")]
    [InlineData("/resolutions/1/b", "/wpi-congress-12/1/b")]
    [InlineData("/resolutions/16/p1", "/wpi-congress-12/16/p1")]
    [InlineData("/resolutions/5?tr=en,de&ui=en", "/wpi-congress-12/5?tr=en,de&ui=en")]
    [InlineData("/api/resolutions/1", "/api/collections/wpi-congress-12/resolutions/1")]
    [InlineData("/api/resolutions/6/clauses/p2", "/api/collections/wpi-congress-12/resolutions/6/clauses/p2")]
    public async Task OldAddress_AnswersAPermanentRedirectToTheFirstCollection(string old, string canonical)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(new Uri(old, UriKind.Relative));
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/resolutions/1", "/wpi-congress-12/1", "http://localhost/wpi-congress-12/1\"")]
    [InlineData("/resolutions/6/p2", "/wpi-congress-12/6/p2", "http://localhost/wpi-congress-12/6#p2\"")]
    public async Task OldPage_AfterTheRedirect_IsTheSamePageAsItsNewAddress(string old, string canonical, string canonicalLink)
    {
        var client = factory.CreateClient();
        var before = await client.GetStringAsync(new Uri(old, UriKind.Relative));
        var after = await client.GetStringAsync(new Uri(canonical, UriKind.Relative));
        Assert.Equal(after, before);
        Assert.Contains("<link rel=\"canonical\" href=\"" + canonicalLink, before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OldApiAddress_AfterTheRedirect_AnswersTheSameResolution()
    {
        var client = factory.CreateClient();
        using var old = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/resolutions/1", UriKind.Relative)));
        using var canonical = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/collections/wpi-congress-12/resolutions/1", UriKind.Relative)));
        Assert.Equal(canonical.RootElement.GetRawText(), old.RootElement.GetRawText());
        Assert.Equal("wpi-congress-12", old.RootElement.GetProperty("collection").GetString());
    }

    [Theory]
    [InlineData("/resolutions/99")]
    [InlineData("/resolutions/1/zz")]
    [InlineData("/resolutions/0")]
    public async Task OldAddress_OfNoText_IsStill404(string old)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(old, UriKind.Relative))).StatusCode);
    }
}
