using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Archive.Web.Tests.Hostile;

/// <summary>Markup in the seed and in translations is shown as text on every page, never run.</summary>
public sealed partial class HostileContentPageTests(HostileContentArchive archive) : IClassFixture<HostileContentArchive>
{
    private IsolatedWebFactory Factory => archive.Factory;

    [Theory]
    [InlineData("/")]
    [InlineData("/resolutions/1")]
    [InlineData("/resolutions/1?tr=en")]
    [InlineData("/resolutions/1?ui=en&tr=en&layout=stacked")]
    [InlineData("/resolutions/1/p1?tr=en")]
    [InlineData("/resolutions/1/a?ui=en&tr=en")]
    [InlineData("/resolutions/2")]
    [InlineData("/search?q=script")]
    [InlineData("/search?q=alert&lang=en&ui=en")]
    [InlineData("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task Page_ShowsMarkupFromSeedAndTranslationsAsTextOnly(string path)
    {
        var response = await Factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        var document = new HtmlParser().ParseDocument(html);
        Assert.All(document.QuerySelectorAll("script"), script => Assert.DoesNotContain("alert", script.OuterHtml, StringComparison.Ordinal));
        Assert.Empty(document.QuerySelectorAll("iframe, img, object, embed"));
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                Assert.DoesNotMatch(ScriptScheme(), attribute.Name is "href" or "src" or "action" or "formaction" ? attribute.Value : string.Empty);
            }
        }
    }

    [Fact]
    public async Task Reader_ShowsTheClauseAndTheTranslatedTitleEncoded()
    {
        var html = await Factory.CreateClient().GetStringAsync(new Uri("/resolutions/1?ui=en&tr=en", UriKind.Relative));
        Assert.Contains("&lt;script&gt;alert(&#x27;clause&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<title>&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt; Resolution", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(&#x27;translator&#x27;)&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=script")]
    [InlineData("/search?q=alert&lang=en")]
    public async Task Search_FindsTheMarkupAndShowsItEncodedAroundTheMarks(string path)
    {
        var html = await Factory.CreateClient().GetStringAsync(new Uri(path, UriKind.Relative));
        Assert.Matches("&lt;(<mark>)?script(</mark>)?&gt;", html);
    }

    [GeneratedRegex(@"^\s*(javascript|data|vbscript):", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptScheme();
}
