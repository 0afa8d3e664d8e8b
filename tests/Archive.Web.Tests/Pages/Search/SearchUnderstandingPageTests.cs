using System.Net;
using System.Text.Json;

namespace Archive.Web.Tests.Pages.Search;

/// <summary>
/// The search page and API say what was searched besides the typed words, in the interface language; exact search
/// (the checkbox, exact=1) turns that off; a query no clause has whole shows labelled partial matches. The interface
/// languages are Persian and English, so German readers' queries are tried in the English interface.
/// </summary>
[Collection(SharedWebApp.Name)]
public sealed class SearchUnderstandingPageTests(ArchiveWebFactory factory)
{
    [Theory]
    [InlineData("en", "labor union", "Also searched:", "workers&#x27; organisations")]
    [InlineData("en", "fuel smugglers", "Also searched:", "fuel carrier")]
    [InlineData("en", "Zwangsheirat", "Also searched:", "forced marriage")]
    [InlineData("en", "Lehrerstreik", "Also searched:", "Lehrerbewegung")]
    [InlineData("fa", "labor union", "جستجو شد همچنین:", "تشکل های کارگری")]
    public async Task AReadersQuery_ShowsWhatElseWasSearched_InTheInterfaceLanguage(string ui, string query, string heading, string label)
    {
        await factory.WaitForSearchAsync();
        var html = await GetOk($"/search?q={Uri.EscapeDataString(query)}" + (ui == "fa" ? string.Empty : "&ui=" + ui));
        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains(label, html, StringComparison.Ordinal);
        Assert.Contains("name=\"exact\"", html, StringComparison.Ordinal);
        Assert.Contains("exact=1", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExactSearch_ShowsNoExpansion_AndKeepsTheSwitchTicked()
    {
        await factory.WaitForSearchAsync();
        var html = await GetOk("/search?ui=en&exact=1&q=" + Uri.EscapeDataString("labor union"));
        Assert.DoesNotContain("Also searched:", html, StringComparison.Ordinal);
        Assert.Matches("name=\"exact\" value=\"1\" checked", html);
    }

    [Fact]
    public async Task AQueryNoClauseHasWhole_ShowsPartialMatches_Labelled()
    {
        await factory.WaitForSearchAsync();
        var html = await GetOk("/search?ui=en&q=" + Uri.EscapeDataString("kolbars xylophone"));
        Assert.Contains("best partial matches", html, StringComparison.Ordinal);
        Assert.Contains("/wpi-congress-12/23", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApi_ReportsAlsoSearched_AndExactTurnsItOff()
    {
        await factory.WaitForSearchAsync();
        using var understood = JsonDocument.Parse(await GetOk("/api/search?q=" + Uri.EscapeDataString("labor union")));
        var also = understood.RootElement.GetProperty("alsoSearched");
        Assert.Equal("Concept", also[0].GetProperty("kind").GetString());
        Assert.True(understood.RootElement.GetProperty("total").GetInt32() > 0);
        using var exact = JsonDocument.Parse(await GetOk("/api/search?exact=1&q=" + Uri.EscapeDataString("labor union")));
        Assert.Equal(0, exact.RootElement.GetProperty("alsoSearched").GetArrayLength());
        var bad = await factory.CreateClient().GetAsync(new Uri("/api/search?q=a&exact=yes", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private async Task<string> GetOk(string path)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}\n{body[..Math.Min(body.Length, 2000)]}");
        return body;
    }
}
