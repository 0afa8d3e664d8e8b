using System.Net;
using System.Text.RegularExpressions;

namespace Archive.Web.Tests.Pages;

[Collection(SharedWebApp.Name)]
public partial class PageRouteTests(ArchiveWebFactory factory)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/wpi-congress-12/1")]
    [InlineData("/wpi-congress-12/28")]
    [InlineData("/wpi-congress-12/1/b")]
    [InlineData("/wpi-congress-12/16/p1")]
    [InlineData("/topics")]
    [InlineData("/topics/labour")]
    [InlineData("/glossary")]
    [InlineData("/search")]
    [InlineData("/search?q=%D8%A7%D8%B9%D8%AF%D8%A7%D9%85")]
    public async Task Get_Page_IsPersianRightToLeftByDefault(string path)
    {
        var html = await GetOk(path);
        Assert.Matches("<html lang=\"fa\" dir=\"rtl\">", html);
    }

    [Theory]
    [InlineData("/?ui=en")]
    [InlineData("/wpi-congress-12/1?ui=en")]
    [InlineData("/search?ui=en&q=Haft")]
    public async Task Get_PageWithEnglishInterface_IsLeftToRight(string path)
    {
        var html = await GetOk(path);
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("Resolutions Archive", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_ListsTheCollectionWithItsTitleBodyLanguageAndCount()
    {
        var html = await GetOk("/?ui=en");
        Assert.Contains("href=\"/wpi-congress-12?ui=en\"", html, StringComparison.Ordinal);
        Assert.Contains("12th Congress of the Worker-communist Party", html, StringComparison.Ordinal);
        Assert.Contains("Worker-communist Party of Iran", html, StringComparison.Ordinal);
        Assert.Contains("28 resolutions", html, StringComparison.Ordinal);
        // Isolated by its direction, so that the count after it stays on its side of the Persian name.
        Assert.Contains("<span lang=\"fa\" dir=\"rtl\">فارسی</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollectionPage_ListsAll28Resolutions()
    {
        var html = await GetOk("/wpi-congress-12");
        for (var n = 1; n <= 28; n++)
        {
            Assert.Contains($"href=\"/wpi-congress-12/{n}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Reader_HasAnAnchorForEveryClauseOfResolution1InOrder()
    {
        var html = await GetOk("/wpi-congress-12/1");
        var ids = ClauseSection().Matches(html).Select(m => m.Groups[1].Value);
        Assert.Equal("p1 a b c d e f g h i p2 p3 1 2 3 4 5 6 7 8 9 10 11 12 p4", string.Join(' ', ids));
        Assert.Contains("href=\"/wpi-congress-12/2\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reader_WithTranslations_ShowsEachBlockWithItsLanguageAndDirection()
    {
        var html = await GetOk("/wpi-congress-12/5?tr=en,de");
        Assert.Contains("class=\"translation\" lang=\"en\" dir=\"ltr\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"translation\" lang=\"de\" dir=\"ltr\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"original\" lang=\"fa\" dir=\"rtl\"", html, StringComparison.Ordinal);
        Assert.Contains("پیش‌نویس", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reader_WithAnUntranslatedLanguage_SaysNotTranslatedYet()
    {
        var html = await GetOk("/wpi-congress-12/5?tr=fr&ui=en");
        Assert.Contains("class=\"translation missing\" lang=\"fr\"", html, StringComparison.Ordinal);
        Assert.Contains("Not translated yet", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClausePage_LinksCanonicallyToTheAnchorInTheReader()
    {
        var html = await GetOk("/wpi-congress-12/1/b");
        Assert.Matches("<link rel=\"canonical\" href=\"http://localhost/wpi-congress-12/1#b\"", html);
        Assert.Contains("property=\"og:title\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersianInterface_WritesNumbersInPersianDigits()
    {
        var html = await GetOk("/wpi-congress-12/12");
        Assert.Contains("قطعنامه ۱۲", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/resolutions/0")]
    [InlineData("/wpi-congress-12/0")]
    [InlineData("/wpi-congress-12/99")]
    [InlineData("/wpi-congress-12/1/zz")]
    [InlineData("/no-such-collection")]
    [InlineData("/no-such-collection/1")]
    [InlineData("/no-such-collection/1/b")]
    [InlineData("/resolutions/99")]
    [InlineData("/resolutions/99999999999")]
    [InlineData("/resolutions/1/zz")]
    [InlineData("/resolutions/1/..%2F..%2Fetc")]
    [InlineData("/resolutions/1/../../etc/passwd")]
    [InlineData("/topics/no-such-topic")]
    [InlineData("/no/such/page")]
    [InlineData("/resolutions/%ZZ")]
    public async Task Get_UnknownOrOddRoute_Is404NotAnError(string path)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Search_WithBadQuery_Answers400WithAMessageInTheInterfaceLanguage()
    {
        var persian = await factory.CreateClient().GetAsync(new Uri("/search?q=%22unbalanced", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, persian.StatusCode);
        Assert.Contains("گیومهٔ پایانی عبارت", await persian.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var english = await factory.CreateClient().GetAsync(new Uri("/search?q=%22unbalanced&ui=en", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, english.StatusCode);
        Assert.Contains("closing quotation mark", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_PersianQuery_LinksEveryHitToItsClauseAnchor()
    {
        await factory.WaitForSearchAsync();
        var html = await GetOk("/search?q=" + Uri.EscapeDataString("كارتون خواب‌ها"));
        Assert.Contains("href=\"/wpi-congress-12/2#p2\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark>کارتون خوابها</mark>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/robots.txt", "Sitemap:")]
    [InlineData("/sitemap.xml", "/sitemap-1.xml</loc>")]
    [InlineData("/sitemap-1.xml", "/wpi-congress-12/28</loc>")]
    [InlineData("/healthz", "\"status\":\"ok\"")]
    public async Task SiteFiles_AreServed(string path, string expected) =>
        Assert.Contains(expected, await GetOk(path), StringComparison.Ordinal);

    [Fact]
    public async Task Reader_SecondRequest_IsServedFromTheOutputCache()
    {
        var client = factory.CreateClient();
        await client.GetAsync(new Uri("/wpi-congress-12/7?tr=de", UriKind.Relative));
        var second = await client.GetAsync(new Uri("/wpi-congress-12/7?tr=de", UriKind.Relative));
        Assert.True(second.Headers.Age is not null, "a cached answer carries an Age header");
    }

    [Fact]
    public async Task Health_ReportsDatabaseAndIndexState()
    {
        await factory.WaitForSearchAsync();
        var body = await GetOk("/healthz");
        Assert.Contains("\"database\":{\"status\":\"ok\"", body, StringComparison.Ordinal);
        Assert.Contains("\"index\":{\"status\":\"ok\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryResponse_CarriesTheSecurityHeaders()
    {
        foreach (var path in new[] { "/", "/api/resolutions", "/no/such/page" })
        {
            var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
            Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.True(response.Headers.Contains("Referrer-Policy"));
        }
    }

    private async Task<string> GetOk(string path)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}\n{body[..Math.Min(body.Length, 2000)]}");
        return body;
    }

    [GeneratedRegex("<section class=\"clause[^\"]*\" id=\"([a-z0-9_]+)\"")]
    private static partial Regex ClauseSection();
}
