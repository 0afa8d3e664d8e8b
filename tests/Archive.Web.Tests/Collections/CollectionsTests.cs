using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Archive.Web.Tests.Collections;

/// <summary>Four collections side by side, each with its own numbering, language and direction: browsed, searched and linked.</summary>
public sealed class CollectionsTests(CollectionsArchive archive) : IClassFixture<CollectionsArchive>
{
    [Fact]
    public async Task Api_ListsEveryCollection_TheFirstFirst_WithLanguageDirectionAndCount()
    {
        using var json = JsonDocument.Parse(await GetOk("/api/collections"));
        var rows = json.RootElement.EnumerateArray().Select(c => (
            c.GetProperty("slug").GetString(), c.GetProperty("language").GetString(), c.GetProperty("direction").GetString(), c.GetProperty("resolutions").GetInt32())).ToList();
        Assert.Equal(
            [("wpi-congress-12", "fa", "rtl", 28), ("ckb-congress-test", "ckb", "rtl", 1), ("labour-conference-test", "en", "ltr", 2), ("wpi-plenum-test", "fa", "rtl", 2)],
            rows);
        var english = json.RootElement.EnumerateArray().Single(c => c.GetProperty("slug").GetString() == "labour-conference-test");
        Assert.Equal(("Test labour conference", "1 May 2020", "markdown"), (english.GetProperty("title").GetString(), english.GetProperty("date").GetString(), english.GetProperty("format").GetString()));
    }

    [Fact]
    public async Task EachCollection_NumbersItsOwnResolutions()
    {
        using var plenum = JsonDocument.Parse(await GetOk("/api/collections/wpi-plenum-test/resolutions/2"));
        using var congress = JsonDocument.Parse(await GetOk("/api/collections/wpi-congress-12/resolutions/2"));
        Assert.Equal(("wpi-plenum-test", 2, "qarar"), (plenum.RootElement.GetProperty("collection").GetString(), plenum.RootElement.GetProperty("number").GetInt32(), plenum.RootElement.GetProperty("kind").GetString()));
        Assert.Equal("قرار در مورد اعتصاب معلمان", plenum.RootElement.GetProperty("heading").GetString());
        Assert.NotEqual(congress.RootElement.GetProperty("heading").GetString(), plenum.RootElement.GetProperty("heading").GetString());
        using var clause = JsonDocument.Parse(await GetOk("/api/collections/ckb-congress-test/resolutions/1/clauses/a"));
        Assert.Equal(("ckb-congress-test", "/ckb-congress-test/1#a"), (clause.RootElement.GetProperty("collection").GetString(), clause.RootElement.GetProperty("url").GetString()));
        Assert.Equal("ا", clause.RootElement.GetProperty("clause").GetProperty("label").GetString());
    }

    [Fact]
    public async Task HomePage_ListsTheFourCollections_EachLinkedToItsPage()
    {
        var page = await Parse("/?ui=en");
        var items = page.QuerySelectorAll("ul.collection-list > li").Select(li => li.GetAttribute("data-collection")).ToList();
        Assert.Equal(["wpi-congress-12", "ckb-congress-test", "labour-conference-test", "wpi-plenum-test"], items);
        var sorani = page.QuerySelector("li[data-collection=ckb-congress-test]")!;
        Assert.Equal("/ckb-congress-test?ui=en", sorani.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("کوردی", sorani.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 resolution", sorani.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("1 resolutions", sorani.TextContent, StringComparison.Ordinal);
    }

    /// <summary>The Sorani collection has a Sorani and an English title: the German interface shows the English one, the Persian its own.</summary>
    [Theory]
    [InlineData("/?ui=de", "Test congress in Sorani", "en", "ltr")]
    [InlineData("/ckb-congress-test?ui=de", "Test congress in Sorani", "en", "ltr")]
    [InlineData("/", "کۆنگرەی تاقیکردنەوە", "ckb", "rtl")]
    [InlineData("/?ui=en", "Test congress in Sorani", "en", "ltr")]
    public async Task ACollectionWithoutATitleInTheInterfaceLanguage_ShowsItsEnglishTitleInATranslatedInterface(string path, string title, string lang, string dir)
    {
        var page = await Parse(path);
        var shown = page.QuerySelector("li[data-collection=ckb-congress-test] a span") ?? page.QuerySelector("h1")!;

        Assert.Equal((title, lang, dir), (shown.TextContent, shown.GetAttribute("lang"), shown.GetAttribute("dir")));
    }

    [Theory]
    [InlineData("/labour-conference-test", "en", "ltr")]
    [InlineData("/ckb-congress-test", "ckb", "rtl")]
    [InlineData("/wpi-plenum-test", "fa", "rtl")]
    public async Task CollectionPage_ListsItsResolutionsInTheOriginalsLanguageAndDirection(string path, string language, string direction)
    {
        var page = await Parse(path);
        var titles = page.QuerySelectorAll("ol.resolution-list > li > a").ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles, a => Assert.StartsWith(path + "/", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.All(titles, a => Assert.Equal((language, direction), (a.QuerySelector("span[lang]")!.GetAttribute("lang"), a.QuerySelector("span[lang]")!.GetAttribute("dir"))));
    }

    [Fact]
    public async Task Reader_OfTheEnglishOriginal_IsLeftToRight_WithItsPersianTranslationRightToLeft()
    {
        var page = await Parse("/labour-conference-test/1?tr=fa");
        var heading = page.QuerySelector("h1")!;
        Assert.Equal(("en", "ltr", "Resolution on the right to strike"), (heading.GetAttribute("lang"), heading.GetAttribute("dir"), heading.TextContent));
        var original = page.QuerySelector("#a .original")!;
        Assert.Equal(("en", "ltr"), (original.GetAttribute("lang"), original.GetAttribute("dir")));
        var translation = page.QuerySelector("#a .translation[lang=fa]")!;
        Assert.Equal("rtl", translation.GetAttribute("dir"));
        Assert.Contains("لغو شود", translation.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("input[name=tr][value=fa]"));
        Assert.Null(page.QuerySelector("input[name=tr][value=en]"));
        Assert.Equal("http://localhost/labour-conference-test/1", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Reader_OfTheSoraniOriginal_IsRightToLeftInItsLanguage()
    {
        var page = await Parse("/ckb-congress-test/1");
        Assert.Equal(("ckb", "rtl"), (page.QuerySelector("h1")!.GetAttribute("lang"), page.QuerySelector("h1")!.GetAttribute("dir")));
        Assert.Equal(["p1", "a", "1"], page.QuerySelectorAll("section.clause").Select(s => s.Id));
    }

    [Fact]
    public async Task ClausePage_CitesTheCanonicalLinkThatNamesTheCollection()
    {
        var page = await Parse("/labour-conference-test/1/a?ui=en");
        var citation = page.QuerySelector("pre.citation")!.TextContent;
        Assert.EndsWith("/labour-conference-test/1/a.", citation.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("?ui=", citation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("strike", "labour-conference-test", "/labour-conference-test/1#p1")]
    [InlineData("یەکسانی", "ckb-congress-test", "/ckb-congress-test/1#p1")]
    [InlineData("سانسور", "wpi-plenum-test", "/wpi-plenum-test/1#a")]
    public async Task Search_FindsTheTextInItsCollection_AndLinksToIt(string query, string collection, string url)
    {
        using var json = JsonDocument.Parse(await GetOk("/api/search?limit=50&q=" + Uri.EscapeDataString(query)));
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.Contains(hits, h => h.GetProperty("collection").GetString() == collection && h.GetProperty("url").GetString() == url);
        using var only = JsonDocument.Parse(await GetOk($"/api/search?limit=50&collection={collection}&q=" + Uri.EscapeDataString(query)));
        Assert.All(only.RootElement.GetProperty("hits").EnumerateArray(), h => Assert.Equal(collection, h.GetProperty("collection").GetString()));
        Assert.True(only.RootElement.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task SearchPage_FacetsHitsByCollection_AndFiltersByOne()
    {
        var all = await Parse("/search?ui=en&q=" + Uri.EscapeDataString("معلمان"));
        var facets = all.QuerySelectorAll("select[name=collection] option[data-hits]").ToDictionary(o => o.GetAttribute("value")!, o => int.Parse(o.GetAttribute("data-hits")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(facets["wpi-congress-12"] > 0 && facets["wpi-plenum-test"] > 0, string.Join(", ", facets));
        Assert.Equal(0, facets["labour-conference-test"]);
        var groups = all.QuerySelectorAll("section.hit-group").Select(s => s.GetAttribute("data-collection")).Distinct().ToList();
        Assert.Contains("wpi-plenum-test", groups);
        Assert.Contains("wpi-congress-12", groups);

        var one = await Parse("/search?ui=en&collection=wpi-plenum-test&q=" + Uri.EscapeDataString("معلمان"));
        Assert.All(one.QuerySelectorAll("section.hit-group"), s => Assert.Equal("wpi-plenum-test", s.GetAttribute("data-collection")));
        Assert.Contains(one.QuerySelectorAll("a.hit-link"), a => a.GetAttribute("href")!.StartsWith("/wpi-plenum-test/2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Topic_SpansCollections()
    {
        var page = await Parse("/topics/labour?ui=en");
        var links = page.QuerySelectorAll("ol.resolution-list > li > a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/wpi-congress-12/1?ui=en", links);
        Assert.Contains("/labour-conference-test/1?ui=en", links);
        using var topics = JsonDocument.Parse(await GetOk("/api/topics"));
        var labour = topics.RootElement.EnumerateArray().Single(t => t.GetProperty("slug").GetString() == "labour");
        Assert.Contains("labour-conference-test/1", labour.GetProperty("resolutions").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Sitemap_ListsEveryCollectionAndResolution()
    {
        Assert.Contains("http://localhost/sitemap-1.xml</loc>", await GetOk("/sitemap.xml"), StringComparison.Ordinal);
        var xml = await GetOk("/sitemap-1.xml");
        Assert.Contains("http://localhost/ckb-congress-test</loc>", xml, StringComparison.Ordinal);
        Assert.Contains("http://localhost/labour-conference-test/2</loc>", xml, StringComparison.Ordinal);
        Assert.Contains("http://localhost/wpi-congress-12/28</loc>", xml, StringComparison.Ordinal);
    }

    private async Task<string> GetOk(string path)
    {
        var response = await archive.Factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> Parse(string path) => new HtmlParser().ParseDocument(await GetOk(path));
}
