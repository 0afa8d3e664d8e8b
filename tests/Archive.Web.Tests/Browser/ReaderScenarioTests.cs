using System.Text.Json;
using Microsoft.Playwright;

namespace Archive.Web.Tests.Browser;

/// <summary>What a reader does, in a real browser: read, open translations, copy a clause link, search, switch language.</summary>
public class ReaderScenarioTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Reader_OpensSideBySideTranslation_CopiesAClauseLink_AndTheLinkOpensOnTheClauseHighlighted()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.ClickAsync("a[href='/wpi-congress-12']");
        await page.WaitForURLAsync("**/wpi-congress-12");
        await page.ClickAsync("a[href='/wpi-congress-12/6']");
        await page.WaitForURLAsync("**/wpi-congress-12/6");
        await WaitForScriptAsync(page);

        await page.CheckAsync("input[name=tr][value=en]");
        await page.CheckAsync("input[name=layout][value=side]");
        await page.ClickAsync(".panel-form button[type=submit]");
        await page.WaitForURLAsync("**/wpi-congress-12/6?**");
        Assert.Contains("tr=", page.Url, StringComparison.Ordinal);
        var original = await page.Locator("#p2 .original").BoundingBoxAsync();
        var translation = await page.Locator("#p2 .translation[lang=en]").BoundingBoxAsync();
        Assert.NotNull(original);
        Assert.NotNull(translation);
        Assert.True(original.X > translation.X, "in RTL the original stands on the right, the translation on the left");
        Assert.True(Math.Abs(original.Y - translation.Y) < 2, $"the pair starts at the same height ({original.Y} vs {translation.Y})");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "reader-side-by-side.png"), FullPage = false });

        await page.ClickAsync("#p2 .clause-tools a[data-copy]");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.StartsWith(browser.BaseUrl, copied, StringComparison.Ordinal);
        Assert.EndsWith("#p2", copied, StringComparison.Ordinal);

        var second = await browser.NewPageAsync();
        await second.GotoAsync(copied);
        var background = await second.EvaluateAsync<string>("() => getComputedStyle(document.getElementById('p2')).backgroundColor");
        var other = await second.EvaluateAsync<string>("() => getComputedStyle(document.getElementById('p1')).backgroundColor");
        Assert.NotEqual(other, background);
        Assert.Equal("p2", await second.EvaluateAsync<string>("() => document.querySelector(':target').id"));
        await second.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "clause-link-highlighted.png") });
    }

    [Fact]
    public async Task Reader_CopyWithCitation_PutsTextTitleLabelAndLinkOnTheClipboard()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/wpi-congress-12/1?ui=en");
        await WaitForScriptAsync(page);
        await page.ClickAsync("#b .clause-tools button[data-cite]");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.StartsWith("«The achievements of the workers", copied, StringComparison.Ordinal);
        Assert.Contains("Haft Tappeh", copied, StringComparison.Ordinal);
        Assert.Contains("Resolution 1", copied, StringComparison.Ordinal);
        Assert.Contains("(b)", copied, StringComparison.Ordinal);
        Assert.Contains("Worker-communist Party of Iran", copied, StringComparison.Ordinal);
        Assert.EndsWith("/wpi-congress-12/1/b.", copied.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslationPanel_SwitchesWithoutLeavingThePage_AndTheUrlKeepsTheView()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/wpi-congress-12/9");
        await WaitForScriptAsync(page);
        await page.EvaluateAsync("() => { window.samePage = true; }");

        await page.CheckAsync("input[name=tr][value=de]");
        await page.WaitForSelectorAsync("#p1 .translation[lang=de]");
        await page.CheckAsync("input[name=layout][value=stacked]");
        await page.WaitForSelectorAsync("article.layout-stacked");

        Assert.True(await page.EvaluateAsync<bool>("() => window.samePage === true"), "the page was reloaded");
        Assert.Contains("tr=de", page.Url, StringComparison.Ordinal);
        Assert.Contains("layout=stacked", page.Url, StringComparison.Ordinal);
        var shared = await browser.NewPageAsync();
        await shared.GotoAsync(page.Url);
        Assert.Equal(1, await shared.Locator("article.layout-stacked #p1 .translation[lang=de]").CountAsync());
    }

    [Fact]
    public async Task Search_ResultsFollowTheQueryAsItIsTyped()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/search");
        await WaitForScriptAsync(page);
        await page.Locator("#q").PressSequentiallyAsync("جنگلخواری", new() { Delay = 20 });
        await page.WaitForSelectorAsync("#results .hit-link");
        Assert.Contains("/wpi-congress-12/13#p2", await page.Locator("#results .hit-link").First.GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Contains("q=", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_PersianQuery_ClickingAHitLandsOnTheClause()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.FillAsync("#home-q", "كارتون خواب‌ها");
        await page.PressAsync("#home-q", "Enter");
        await page.WaitForURLAsync("**/search?**");
        Assert.Equal("کارتون خوابها", await page.Locator(".hit mark").First.InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "search-persian.png") });
        await page.ClickAsync(".hit-link");
        await page.WaitForURLAsync("**/wpi-congress-12/2#p2");
        Assert.Equal("p2", await page.EvaluateAsync<string>("() => document.querySelector(':target').id"));
    }

    [Fact]
    public async Task Interface_SwitchesToEnglishThenGermanAndBack_KeepingThePage()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/wpi-congress-12/3");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        await page.ClickAsync("a[hreflang=en]");
        await page.WaitForURLAsync("**/wpi-congress-12/3?ui=en");
        Assert.Equal(("en", "ltr"), (await page.GetAttributeAsync("html", "lang"), await page.GetAttributeAsync("html", "dir")));
        Assert.Equal(1, await page.Locator(".translation[lang=en]").First.CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "reader-english-interface.png") });
        await page.ClickAsync("a[hreflang=de]");
        await page.WaitForURLAsync("**/wpi-congress-12/3?ui=de");
        Assert.Equal(("de", "ltr"), (await page.GetAttributeAsync("html", "lang"), await page.GetAttributeAsync("html", "dir")));
        Assert.Equal(0, await page.Locator(".translation[lang=en]").CountAsync());
        Assert.True(await page.Locator(".translation[lang=de]").CountAsync() > 0, "the German interface shows the German translation");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "reader-german-interface.png") });
        await page.ClickAsync("a[hreflang=fa]");
        await page.WaitForURLAsync("**/wpi-congress-12/3");
        Assert.Equal(("fa", "rtl"), (await page.GetAttributeAsync("html", "lang"), await page.GetAttributeAsync("html", "dir")));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/wpi-congress-12/1?tr=en,de")]
    [InlineData("/wpi-congress-12/1?ui=en&tr=en,de")]
    [InlineData("/search?q=%D8%A7%D8%B9%D8%AF%D8%A7%D9%85")]
    [InlineData("/glossary")]
    [InlineData("/?ui=de")]
    [InlineData("/wpi-congress-12/23?ui=de&tr=de")]
    [InlineData("/wpi-congress-12/1?ui=de&tr=en,de")]
    [InlineData("/search?ui=de&q=Frauenrechte")]
    [InlineData("/status?ui=de")]
    public async Task NarrowScreen_360px_HasNoHorizontalOverflow(string path)
    {
        var page = await browser.NewPageAsync(width: 360, height: 740);
        await page.GotoAsync(path);
        var (scroll, client) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => document.documentElement.clientWidth"));
        Assert.True(scroll <= client, $"{path}: content is {scroll}px wide in a {client}px viewport");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, $"narrow-{Slug(path)}.png") });
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/wpi-congress-12/1?tr=en")]
    [InlineData("/wpi-congress-12/1?ui=en&tr=en,de&layout=stacked")]
    [InlineData("/search?q=%D8%A7%D8%B9%D8%AF%D8%A7%D9%85")]
    [InlineData("/?ui=de")]
    [InlineData("/wpi-congress-12/23?ui=de&tr=de")]
    [InlineData("/search?ui=de&q=Frauenrechte")]
    public async Task Axe_FindsNoSeriousOrCriticalViolations(string path)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(path);
        await page.AddScriptTagAsync(new() { Content = BrowserFixture.AxeScript });
        var result = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document)).violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }))");
        var serious = result.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}, {v.GetProperty("nodes").GetInt32()} nodes): {v.GetProperty("help").GetString()}")
            .ToList();
        Assert.True(serious.Count == 0, $"{path}:\n" + string.Join('\n', serious));
    }

    private static Task<IElementHandle?> WaitForScriptAsync(IPage page) =>
        page.WaitForSelectorAsync("html[data-enhanced]", new() { State = WaitForSelectorState.Attached });

    private static string Slug(string path) => new([.. path.Where(char.IsAsciiLetterOrDigit).Take(30)]);
}
