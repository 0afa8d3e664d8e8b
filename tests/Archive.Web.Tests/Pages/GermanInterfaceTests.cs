using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Archive.Web.Tests.Ui;
using Archive.Web.Ui;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Pages;

/// <summary>
/// The German interface (<c>?ui=de</c>), as a German reader tries it: the home, reader and search pages are German,
/// left to right, with the German topic labels, the German translation beside each clause and German clause labels.
/// </summary>
[Collection(SharedWebApp.Name)]
public class GermanInterfaceTests(ArchiveWebFactory factory)
{
    [Theory]
    [InlineData("/?ui=de")]
    [InlineData("/wpi-congress-12/23?ui=de&tr=de")]
    [InlineData("/search?ui=de&q=Frauenrechte")]
    public async Task Get_PageWithGermanInterface_IsLeftToRightWithGermanLabels(string path)
    {
        var page = await GetAsync(path);

        Assert.Equal(("de", "ltr"), (page.DocumentElement.GetAttribute("lang"), page.DocumentElement.GetAttribute("dir")));
        Assert.Equal(German("SiteName"), page.QuerySelector("a.site-name")!.TextContent);
        Assert.NotEqual(English("SiteName"), German("SiteName"));
        var nav = page.QuerySelectorAll("nav.site-nav a").Select(a => a.TextContent).ToList();
        Assert.Equal(new[] { "NavHome", "NavSearch", "NavTopics", "NavGlossary" }.Select(German), nav.Take(4));
        Assert.Contains(German("NavStatus"), page.QuerySelector("footer")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_InGerman_ShowsTheGermanTopicLabelsAndCounts_AndTheEnglishCollectionTitleForWantOfAGermanOne()
    {
        var page = await GetAsync("/?ui=de");

        Assert.Contains(page.QuerySelectorAll("a[href='/topics/womens-rights?ui=de']"), a => a.TextContent.StartsWith("Frauenrechte", StringComparison.Ordinal));
        var collection = page.QuerySelector("li[data-collection=wpi-congress-12]")!;
        Assert.Contains(German("ResolutionCount").Replace("{0}", "28", StringComparison.Ordinal), collection.TextContent, StringComparison.Ordinal);
        var title = collection.QuerySelector("a span")!;
        Assert.Equal(("en", "ltr", "12th Congress of the Worker-communist Party"), (title.GetAttribute("lang"), title.GetAttribute("dir"), title.TextContent));
        Assert.Equal("/opensearch.xml?ui=de", new Uri(page.QuerySelector("link[rel=search]")!.GetAttribute("href")!).PathAndQuery);
    }

    [Fact]
    public async Task Reader_InGerman_ShowsTheGermanTranslationBesideEachClauseUnasked_WithGermanClauseLabels()
    {
        var page = await GetAsync("/wpi-congress-12/23?ui=de");

        var clauses = page.QuerySelectorAll("section.clause");
        Assert.NotEmpty(clauses);
        Assert.All(clauses, c => Assert.Equal("de", c.QuerySelector(".translation")!.GetAttribute("lang")));
        Assert.Contains("Kolbars und Treibstoffträger", clauses[0].QuerySelector(".translation")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(German("ClauseOf").Replace("{0}", "¶1", StringComparison.Ordinal).Replace("{1}", "23", StringComparison.Ordinal), clauses[0].GetAttribute("aria-label"));
        Assert.Equal("Abschnitt ¶1 der Resolution 23", clauses[0].GetAttribute("aria-label"));
        Assert.Equal("Beschluss zur Unterstützung der Kolbars und Treibstoffträger", page.QuerySelector("h1 + p[lang=de] strong")!.TextContent);
        Assert.Equal("Beschluss zur Unterstützung der Kolbars und Treibstoffträger – " + German("SiteName"), page.Title);
        var asked = await GetAsync("/wpi-congress-12/23?ui=de&tr=de");
        Assert.Equal(clauses.Select(c => c.QuerySelector(".translations")!.OuterHtml), asked.QuerySelectorAll("section.clause").Select(c => c.QuerySelector(".translations")!.OuterHtml));
    }

    [Fact]
    public async Task TopicPage_InGerman_CountsOneClauseInTheSingular()
    {
        var page = await GetAsync("/topics/labour?ui=de");

        var counts = page.QuerySelectorAll("ol.resolution-list > li > .meta").Select(m => m.TextContent.Split('·').Last().Trim()).ToList();
        Assert.Contains("1 Abschnitt", counts);
        Assert.Contains("25 Abschnitte", counts);
        Assert.DoesNotContain("1 Abschnitte", counts);
    }

    [Fact]
    public async Task Search_InGerman_CountsAndFiltersInGerman()
    {
        await factory.WaitForSearchAsync();
        var page = await GetAsync("/search?ui=de&q=Frauenrechte");

        var status = page.QuerySelector("p[role=status]")!.TextContent;
        Assert.Matches("^[0-9]+ " + German("Results").Split(' ', 2)[1] + "$", status);
        Assert.Contains(page.QuerySelectorAll("select[name=topic] option"), o => o.TextContent == "Frauenrechte");
        Assert.Contains(page.QuerySelectorAll("select[name=topic] option"), o => o.TextContent == German("AllTopics"));
        Assert.Equal("de", page.QuerySelector("form input[type=hidden][name=ui]")!.GetAttribute("value"));
        Assert.NotEmpty(page.QuerySelectorAll("section.hit-group"));
    }

    [Fact]
    public async Task Search_InGerman_ExplainsABadQueryInGerman()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/search?ui=de&q=%22unbalanced", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var alert = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("p[role=alert]")!;
        Assert.Equal(German("QueryError_UnclosedPhrase"), alert.TextContent);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?ui=en")]
    [InlineData("/?ui=de")]
    [InlineData("/wpi-congress-12/23?ui=de&layout=stacked")]
    public async Task LanguageSwitch_OffersEveryOtherInterfaceLanguageByItsOwnName_OnTheSamePage(string path)
    {
        var languages = factory.Services.GetRequiredService<InterfaceLanguages>();
        var page = await GetAsync(path);
        var current = page.DocumentElement.GetAttribute("lang")!;

        var offered = page.QuerySelectorAll("nav.site-nav a[hreflang]").ToList();

        Assert.Equal(languages.Codes.Where(c => c != current), offered.Select(a => a.GetAttribute("hreflang")));
        Assert.All(offered, a =>
        {
            var code = a.GetAttribute("hreflang")!;
            Assert.Equal(code, a.GetAttribute("lang"));
            Assert.Equal(InterfaceLanguages.OwnName(code), a.TextContent);
            var target = new Uri(new Uri("http://localhost"), a.GetAttribute("href"));
            Assert.Equal(new Uri(new Uri("http://localhost"), path).AbsolutePath, target.AbsolutePath);
            Assert.Equal(code == languages.Default ? null : code, System.Web.HttpUtility.ParseQueryString(target.Query)["ui"]);
        });
        Assert.Contains(languages.Codes, c => c == "de");
    }

    private static string German(string key) => InterfaceStrings.In("de", key);

    private static string English(string key) => InterfaceStrings.In("en", key);

    private async Task<IDocument> GetAsync(string path) => new HtmlParser().ParseDocument(await GetTextAsync(path));

    private async Task<string> GetTextAsync(string path)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        return body;
    }
}
