using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Core.Search;
using Archive.Web.Tests.Ui;
using Archive.Web.Ui;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Pages;

/// <summary>
/// Every message a reader sees comes from the resources in the interface language: query errors, error pages, labels;
/// the interface language is read the same way everywhere (?ui=EN, ?ui=en-US, ?ui=de-AT), and error pages link to the address asked for.
/// </summary>
[Collection(SharedWebApp.Name)]
public partial class InterfaceLanguageTests(ArchiveWebFactory factory)
{
    [Fact]
    public void EveryQueryErrorCode_HasAMessageInEachInterfaceLanguage()
    {
        var languages = factory.Services.GetRequiredService<InterfaceLanguages>().Codes;
        Assert.Contains("de", languages);
        foreach (var code in Enum.GetValues<SearchQueryError>())
        {
            var messages = languages.Select(l => InterfaceStrings.In(l, $"QueryError_{code}")).ToList();
            Assert.All(messages.Zip(languages), m => Assert.False(string.IsNullOrWhiteSpace(m.First), $"no {m.Second} message for {code}"));
            Assert.Equal(languages.Count, messages.Distinct(StringComparer.Ordinal).Count());
        }
    }

    /// <summary>The Persian message may quote the values at fault and the known values (topic slugs, language codes), which are Latin.</summary>
    [Theory]
    [InlineData("q=%22", true)]
    [InlineData("q=*", true)]
    [InlineData("q=a+OR", true)]
    [InlineData("q=-x", true)]
    [InlineData("q=ab*c", true)]
    [InlineData("q=a*", true)]
    [InlineData("q=%D8%8C", true)]
    [InlineData("q=x&topic=nope", false)]
    [InlineData("q=x&lang=xx", false)]
    public async Task BadQuery_OnThePersianSearchPage_IsExplainedInPersian_NotInEnglish(string query, bool latinFree)
    {
        await factory.WaitForSearchAsync();
        var client = factory.CreateClient();
        var page = await client.GetAsync(new Uri("/search?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var alert = WebUtility.HtmlDecode(Alert().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value);
        var api = await client.GetAsync(new Uri("/api/search?" + query, UriKind.Relative));
        using var english = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        var detail = english.RootElement.GetProperty("detail").GetString()!;
        detail = detail[(detail.IndexOf(": ", StringComparison.Ordinal) + 2)..];

        Assert.Matches("[\u0627-\u06cc]{3}", alert);
        Assert.DoesNotContain(detail, alert, StringComparison.Ordinal);
        if (latinFree)
        {
            Assert.DoesNotMatch("\\b(?!OR\\b|execution\\b)[A-Za-z]{4,}", alert);
        }
    }

    [Fact]
    public async Task LongQuery_IsNotRepeatedWholeInTheTitle()
    {
        var query = string.Concat(Enumerable.Repeat("کارگر ", 83)).Trim();
        var response = await factory.CreateClient().GetAsync(new Uri("/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var title = Title().Match(html).Groups[1].Value;
        Assert.True(title.Length < 120, $"a title of {title.Length} characters");
        Assert.DoesNotContain(query, title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?ui=EN", "en")]
    [InlineData("/?ui=en-US", "en")]
    [InlineData("/resolutions/1?ui=En_gb", "en")]
    [InlineData("/?ui=FA-IR", "fa")]
    [InlineData("/?ui=DE", "de")]
    [InlineData("/wpi-congress-12/1?ui=de-AT", "de")]
    [InlineData("/?ui=xx", "fa")]
    public async Task InterfaceLanguage_IsReadInAnyCaseAndRegion_AndLabelsAgreeWithLangAndDir(string path, string ui)
    {
        var html = await factory.CreateClient().GetStringAsync(new Uri(path, UriKind.Relative));
        Assert.Contains($"<html lang=\"{ui}\" dir=\"{(ui == "fa" ? "rtl" : "ltr")}\">", html, StringComparison.Ordinal);
        var label = InterfaceStrings.In(ui, "NavSearch");
        Assert.Contains($">{label}</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no-such-page?ui=en", "/no-such-page")]
    [InlineData("/resolutions/99", "/resolutions/99")]
    public async Task NotFoundPage_LinksToTheAddressAskedFor_NotToNotFound(string path, string asked)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("/not-found", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{asked}", html, StringComparison.Ordinal);
        Assert.Matches($"class=\"skip-link\" href=\"{Regex.Escape(asked)}[^\"]*#content\"", html);
    }

    [Theory]
    [InlineData("/search", "fa")]
    [InlineData("/resolutions/1?ui=en", "en")]
    [InlineData("/wpi-congress-12/1?ui=de", "de")]
    public async Task PostToAPage_Is405WithAPageInTheInterfaceLanguage_AllowingGetAndHead(string path, string ui)
    {
        var response = await factory.CreateClient().PostAsync(new Uri(path, UriKind.Relative), new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<html lang=\"{ui}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{InterfaceStrings.In(ui, "StatusTitle_405")}</h1>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?ui=en")]
    [InlineData("/?ui=de")]
    public async Task LanguageSwitch_HasItsVisibleTextInItsAccessibleName(string path)
    {
        var html = await factory.CreateClient().GetStringAsync(new Uri(path, UriKind.Relative));
        var links = LanguageSwitch().Matches(html);
        Assert.Equal(factory.Services.GetRequiredService<InterfaceLanguages>().Codes.Count - 1, links.Count);
        Assert.All(links, link => Assert.Contains(WebUtility.HtmlDecode(link.Groups["text"].Value), WebUtility.HtmlDecode(link.Groups["label"].Value), StringComparison.Ordinal));
    }

    [GeneratedRegex("<p class=\"notice\" role=\"alert\">(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex Alert();

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex Title();

    [GeneratedRegex("<a href=\"[^\"]*\" hreflang=\"[a-z]+\" lang=\"[a-z]+\" aria-label=\"(?<label>[^\"]*)\">(?<text>[^<]*)</a>")]
    private static partial Regex LanguageSwitch();
}
