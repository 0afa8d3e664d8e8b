using System.Net;
using System.Text.Json;
using Archive.Tests.Citations;

namespace Archive.Web.Tests.Api;

/// <summary><c>GET …/cite</c> answers the formatter's entry in the format's media type, with the canonical link of the site asked.</summary>
[Collection(SharedWebApp.Name)]
public class CitationApiTests(ArchiveWebFactory factory)
{
    [Fact]
    public async Task CiteAClauseGivesEntriesThatParseInEveryDataFormatWithTheCanonicalLink()
    {
        var client = factory.CreateClient();
        var bibtex = await GetAsync(client, "/api/collections/wpi-congress-12/resolutions/1/clauses/b/cite?format=bibtex&ui=en", "application/x-bibtex");
        var ris = await GetAsync(client, "/api/collections/wpi-congress-12/resolutions/1/clauses/b/cite?format=ris&ui=en", "application/x-research-info-systems");
        var csl = await GetAsync(client, "/api/collections/wpi-congress-12/resolutions/1/clauses/b/cite?format=csl-json&ui=en", "application/vnd.citationstyles.csl+json");

        Assert.Equal("http://localhost/wpi-congress-12/1/b", Assert.Single(BibtexReader.Read(bibtex)).Fields["url"]);
        Assert.Contains(("UR", "http://localhost/wpi-congress-12/1/b"), Assert.Single(RisReader.Read(ris)));
        Assert.Equal("http://localhost/wpi-congress-12/1/b", Assert.Single(CslJsonCheck.Items(csl)).GetProperty("URL").GetString());
    }

    [Fact]
    public async Task TheAddressWithoutACollectionCitesTheFirstCollectionsTextAtItsCanonicalLink()
    {
        var ris = await GetAsync(factory.CreateClient(), "/api/resolutions/1/clauses/b/cite?format=ris&ui=en", "application/x-research-info-systems");
        Assert.Contains(("UR", "http://localhost/wpi-congress-12/1/b"), Assert.Single(RisReader.Read(ris)));
    }

    [Fact]
    public async Task CiteAResolutionInTheDefaultInterfaceIsPersianText()
    {
        var apa = await GetAsync(factory.CreateClient(), "/api/collections/wpi-congress-12/resolutions/1/cite?format=apa", "text/plain");
        Assert.StartsWith("حزب کمونیست کارگری. (بی‌تا).", apa, StringComparison.Ordinal);
        Assert.EndsWith("http://localhost/wpi-congress-12/1", apa, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CiteAResolutionInTheGermanInterfaceGivesItsGermanTitle()
    {
        var ris = RisReader.Read(await GetAsync(factory.CreateClient(), "/api/collections/wpi-congress-12/resolutions/1/cite?format=ris&ui=de", "application/x-research-info-systems"));
        Assert.Contains(("TI", "Resolution über die Merkmale der gegenwärtigen politischen Lage und die Aufgaben der Partei"), Assert.Single(ris));
        Assert.Contains(("LA", "de"), Assert.Single(ris));
    }

    [Theory]
    [InlineData("/api/collections/wpi-congress-12/resolutions/1/cite?format=mla", HttpStatusCode.BadRequest, "format", "bad-parameter")]
    [InlineData("/api/collections/wpi-congress-12/resolutions/1/cite", HttpStatusCode.BadRequest, "format", "bad-parameter")]
    [InlineData("/api/collections/wpi-congress-12/resolutions/1/cite?format=ris&ui=fr", HttpStatusCode.BadRequest, "ui", "bad-parameter")]
    [InlineData("/api/collections/wpi-congress-12/resolutions/x/cite?format=ris", HttpStatusCode.BadRequest, "number", "bad-parameter")]
    [InlineData("/api/collections/wpi-congress-12/resolutions/99/cite?format=ris", HttpStatusCode.NotFound, "number", "no-such-resolution")]
    [InlineData("/api/collections/wpi-congress-12/resolutions/1/clauses/BAD!/cite?format=ris", HttpStatusCode.BadRequest, "id", "bad-parameter")]
    [InlineData("/api/collections/wpi-congress-12/resolutions/1/clauses/zz/cite?format=ris", HttpStatusCode.NotFound, "id", "no-such-clause")]
    [InlineData("/api/collections/NOT%20A%20SLUG/resolutions/1/cite?format=ris", HttpStatusCode.BadRequest, "slug", "bad-parameter")]
    [InlineData("/api/collections/no-such-collection/resolutions/1/cite?format=ris", HttpStatusCode.NotFound, "number", "no-such-resolution")]
    [InlineData("/api/resolutions/99/cite?format=ris", HttpStatusCode.NotFound, "number", "no-such-resolution")]
    public async Task ABadCiteRequestIsProblemJsonNamingTheParameter(string path, HttpStatusCode status, string named, string code)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith(named, json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(code, json.RootElement.GetProperty("code").GetString());
    }

    private static async Task<string> GetAsync(HttpClient client, string path, string mediaType)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return body;
    }
}
