using AngleSharp.Html.Parser;
using Archive.Tests.Citations;
using Archive.Web.Ui;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Pages;

/// <summary>
/// Every resolution and clause page carries what a reference manager saves (read as Zotero's Embedded Metadata
/// translator reads it) and a cite panel that works without script.
/// </summary>
[Collection(SharedWebApp.Name)]
public class CitationMetaTests(ArchiveWebFactory factory)
{
    [Theory]
    [InlineData("/wpi-congress-12/1", "fa", "قطعنامه در مورد ویژگیهای شرایط سیاسی حاضر و وظایف حزب", "حزب کمونیست کارگری", "http://localhost/wpi-congress-12/1")]
    [InlineData("/wpi-congress-12/1?ui=en&tr=de&layout=stacked", "en", "Resolution on the characteristics of the current political situation and the tasks of the Party", "Worker-communist Party of Iran", "http://localhost/wpi-congress-12/1")]
    [InlineData("/wpi-congress-12/1/b?ui=en", "en", "Resolution on the characteristics of the current political situation and the tasks of the Party", "Worker-communist Party of Iran", "http://localhost/wpi-congress-12/1/b")]
    [InlineData("/wpi-congress-12/16/p1", "fa", null, "حزب کمونیست کارگری", "http://localhost/wpi-congress-12/16/p1")]
    public async Task AReferenceManagerReadsTitleAuthorLanguageAndTheCanonicalLink(string path, string language, string? title, string author, string url)
    {
        var meta = EmbeddedMetadata.Read(await GetOkAsync(path));

        Assert.False(string.IsNullOrWhiteSpace(meta.Highwire("title")));
        if (title is not null)
        {
            Assert.Equal(title, meta.Highwire("title"));
        }

        Assert.Equal(meta.Highwire("title"), meta.DublinCore("title"));
        Assert.Equal([author], meta.Authors());
        Assert.Equal(author, meta.DublinCore("creator"));
        Assert.Equal(language, meta.Highwire("language"));
        Assert.Equal(language, meta.DublinCore("language"));
        Assert.Equal(url, meta.Highwire("public_url"));
        Assert.Equal(url, meta.DublinCore("identifier"));
        Assert.Null(meta.Highwire("date"));
    }

    [Fact]
    public async Task ThePageNamesItselfInEveryInterfaceLanguageWithAbsoluteLinks()
    {
        var document = new HtmlParser().ParseDocument(await GetOkAsync("/wpi-congress-12/1/b?ui=en&tr=de"));
        var alternates = document.Head!.QuerySelectorAll("link[rel=alternate][hreflang]")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!, StringComparer.Ordinal);

        Assert.Equal("http://localhost/wpi-congress-12/1/b", alternates["fa"]);
        Assert.Equal("http://localhost/wpi-congress-12/1/b?ui=en", alternates["en"]);
        Assert.Equal("http://localhost/wpi-congress-12/1/b?ui=de", alternates["de"]);
        Assert.Equal(factory.Services.GetRequiredService<InterfaceLanguages>().Codes.Append("x-default").Order(StringComparer.Ordinal), alternates.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("http://localhost/wpi-congress-12/1/b", alternates["x-default"]);
    }

    [Theory]
    [InlineData("/wpi-congress-12/1/b?ui=en&layout=original", "http://localhost/wpi-congress-12/1/b")]
    [InlineData("/wpi-congress-12/1?tr=en,de", "http://localhost/wpi-congress-12/1")]
    public async Task TheCitePanelOpensWithoutScriptAndGivesFiveFormatsWithTheCanonicalLink(string path, string url)
    {
        var document = new HtmlParser().ParseDocument(await GetOkAsync(path));
        var panel = document.QuerySelector("details.cite-panel")!;
        var texts = panel.QuerySelectorAll("pre.cite-text").ToDictionary(p => p.GetAttribute("data-format")!, p => p.TextContent, StringComparer.Ordinal);

        Assert.Equal(["apa", "bibtex", "chicago", "csl-json", "ris"], texts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(url, Assert.Single(BibtexReader.Read(texts["bibtex"])).Fields["url"]);
        Assert.Contains(("UR", url), Assert.Single(RisReader.Read(texts["ris"])));
        Assert.Equal(url, Assert.Single(CslJsonCheck.Items(texts["csl-json"])).GetProperty("URL").GetString());
        Assert.All(texts.Values, t => Assert.DoesNotContain("ui=", t, StringComparison.Ordinal));
        Assert.All(panel.QuerySelectorAll("button[data-cite]"), b => Assert.Equal(texts[b.ParentElement!.ParentElement!.QuerySelector("pre")!.GetAttribute("data-format")!], b.GetAttribute("data-cite")));
    }

    private async Task<string> GetOkAsync(string path)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        return body;
    }
}
