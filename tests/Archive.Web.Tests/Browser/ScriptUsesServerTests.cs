using Microsoft.Playwright;

namespace Archive.Web.Tests.Browser;

/// <summary>
/// The script adds nothing of its own: the citation it copies is the one the server writes on the clause's page, and
/// results it swaps in are always those of the latest query.
/// </summary>
public class ScriptUsesServerTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("/resolutions/1?ui=en&layout=original", "/resolutions/1/b?ui=en", "«The achievements of the workers", "/resolutions/1?ui=en#b")]
    [InlineData("/resolutions/1?ui=en&tr=de&layout=stacked", "/resolutions/1/b?ui=en", "«The achievements of the workers", "/resolutions/1?ui=en#b")]
    [InlineData("/resolutions/1", "/resolutions/1/b", "«دستاوردهای جنبش کارگری", "/resolutions/1#b")]
    [InlineData("/resolutions/1?tr=en,de", "/resolutions/1/b", "«دستاوردهای جنبش کارگری", "/resolutions/1#b")]
    public async Task CopyWithCitation_CopiesExactlyTheCitationOfTheClausePage(string reader, string clausePage, string quote, string link)
    {
        var server = await browser.NewPageAsync();
        await server.GotoAsync(clausePage);
        var expected = await server.Locator("pre.citation").InnerTextAsync();

        var page = await browser.NewPageAsync();
        await page.GotoAsync(reader);
        await WaitForScriptAsync(page);
        await page.ClickAsync("#b .clause-tools button[data-cite]");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");

        Assert.Equal(expected, copied);
        Assert.StartsWith(quote, copied, StringComparison.Ordinal);
        Assert.EndsWith(browser.BaseUrl + link, copied, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiveSearch_ALateAnswerToAnEarlierQuery_NeverReplacesTheLaterResults()
    {
        const string Earlier = "کارتون";
        const string Later = "جنگلخواری";
        var page = await browser.NewPageAsync();
        var earlierSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var earlierEnded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.RequestFailed += (_, request) => { if (Asks(request, Earlier)) { earlierEnded.TrySetResult(); } };
        page.RequestFinished += (_, request) => { if (Asks(request, Earlier)) { earlierEnded.TrySetResult(); } };
        await page.RouteAsync("**/search?**", async route =>
        {
            if (Asks(route.Request, Earlier))
            {
                earlierSent.TrySetResult();
                await release.Task;
            }

            try
            {
                await route.ContinueAsync();
            }
            catch (PlaywrightException)
            {
                // The page gave up on this request (aborted it) while it was held back: nothing left to answer.
            }
        });
        await page.GotoAsync("/search");
        await WaitForScriptAsync(page);

        await page.FillAsync("#q", Earlier);
        await earlierSent.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await page.FillAsync("#q", Later);
        await page.WaitForSelectorAsync("#results .hit-link[href*='/resolutions/13']");
        release.SetResult();
        await earlierEnded.Task.WaitAsync(TimeSpan.FromSeconds(30));
        // Let any answer the page still received run through the script before looking.
        await page.EvaluateAsync("() => new Promise(r => setTimeout(r, 500))");

        var expected = await HitsAsync(await SearchedAsync(Later));
        Assert.NotEmpty(expected);
        Assert.NotEqual(expected, await HitsAsync(await SearchedAsync(Earlier)));
        Assert.Equal(expected, await HitsAsync(page));
        Assert.Contains(Uri.EscapeDataString(Later), page.Url, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task LiveSearch_TakesItsMinimumQueryLengthFromTheServer()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/search");
        await WaitForScriptAsync(page);
        var minimum = await page.GetAttributeAsync("form[data-live-search]", "data-live-search");
        Assert.Equal(Archive.Web.Components.Pages.Search.SearchPage.LiveSearchMinimum.ToString(System.Globalization.CultureInfo.InvariantCulture), minimum);
    }

    private async Task<IPage> SearchedAsync(string query)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString(query));
        return page;
    }

    private static Task<string[]> HitsAsync(IPage page) =>
        page.Locator("#results .hit-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

    private static bool Asks(IRequest request, string query) =>
        Uri.UnescapeDataString(request.Url.Replace('+', ' ')).Contains("q=" + query, StringComparison.Ordinal);

    private static Task<IElementHandle?> WaitForScriptAsync(IPage page) =>
        page.WaitForSelectorAsync("html[data-enhanced]", new() { State = WaitForSelectorState.Attached });
}
