using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Archive.Web.Tests.Browser;

/// <summary>
/// The web fonts never move the text: with every font answer held back (a slow connection), the cumulative layout
/// shift of a page stays below 0.05; and no request of a page fails (the favicon was the one console error).
/// </summary>
public class LayoutShiftTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string ShiftObserver = """
        window.__shift = 0;
        new PerformanceObserver(list => { for (const e of list.getEntries()) { if (!e.hadRecentInput) { window.__shift += e.value; } } })
          .observe({ type: 'layout-shift', buffered: true });
        """;

    [Theory]
    [InlineData("/")]
    [InlineData("/wpi-congress-12/1")]
    [InlineData("/wpi-congress-12/1?ui=en&tr=en,de")]
    [InlineData("/search?q=%D8%A7%D8%B9%D8%AF%D8%A7%D9%85")]
    public async Task SlowFonts_ShiftTheLayoutByLessThanFiveHundredths_AndNoRequestFails(string path)
    {
        var page = await browser.NewPageAsync(width: 1280, height: 900);
        var failed = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Add($"{response.Status} {response.Url}");
            }
        };
        await page.AddInitScriptAsync(ShiftObserver);
        await page.RouteAsync("**/*.woff2", async route =>
        {
            await Task.Delay(800);
            await route.ContinueAsync();
        });

        await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.WaitForTimeoutAsync(1500);
        var shift = await page.EvaluateAsync<double>("() => window.__shift");
        output.WriteLine($"{path}: cumulative layout shift {shift.ToString("F3", CultureInfo.InvariantCulture)}");

        Assert.True(shift < 0.05, $"{path}: cumulative layout shift {shift:F3} with fonts 800 ms late");
        Assert.Empty(failed);
    }
}
