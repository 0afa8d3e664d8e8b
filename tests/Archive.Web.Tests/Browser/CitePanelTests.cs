using Microsoft.Playwright;

namespace Archive.Web.Tests.Browser;

/// <summary>The cite panel's copy buttons put on the clipboard exactly the entry the server wrote in the panel.</summary>
public class CitePanelTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("/wpi-congress-12/1/b?ui=en&layout=original", "bibtex")]
    [InlineData("/wpi-congress-12/1", "chicago")]
    public async Task CopyingAFormatCopiesTheServersTextOfIt(string path, string format)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("html[data-enhanced]", new() { State = WaitForSelectorState.Attached });
        await page.ClickAsync("details.cite-panel > summary");
        var shown = await page.Locator($"pre.cite-text[data-format='{format}']").TextContentAsync();

        await page.ClickAsync($"section.cite-format:has(pre[data-format='{format}']) button[data-cite]");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");

        Assert.Equal(shown, copied);
        Assert.Contains(browser.BaseUrl + path.Split('?')[0], copied, StringComparison.Ordinal);
    }
}
