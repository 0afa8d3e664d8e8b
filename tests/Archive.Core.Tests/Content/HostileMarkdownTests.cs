using AngleSharp.Html.Parser;
using Archive.Core.Content;
using CsCheck;

namespace Archive.Core.Tests.Content;

/// <summary>
/// Translation Markdown written to attack the reader: scripts, script links, event handlers, frames, entities that spell
/// a scheme, autolinks. Whatever comes in, the HTML that comes out has only the allowed tags and safe links.
/// </summary>
public class HostileMarkdownTests
{
    private static readonly HashSet<string> AllowedTags = ["p", "em", "strong", "a", "br", "del", "sub", "sup", "code", "ul", "ol", "li", "blockquote"];

    private static readonly HtmlParser Parser = new();

    private static readonly string[] AttackTexts =
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "text <script>alert(1)</script> text",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<a href=\"javascript:alert(1)\" onclick=\"alert(2)\">x</a>",
        "<div onmouseover=\"alert(1)\">hover</div>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<style>@import 'javascript:alert(1)';</style>",
        "<!-- x --><script>alert(1)</script>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](<javascript:alert(1)>)",
        "[click](&#106;avascript:alert(1))",
        "[click](&#x6A;avascript&#58;alert(1))",
        "[click](java&#x09;script:alert(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[click](vbscript:msgbox(1))",
        "[click](https://ok.example/\" onmouseover=\"alert(1))",
        "[click](https://ok.example \"t\\\" onclick=\\\"alert(1)\")",
        "![img](javascript:alert(1))",
        "![img](https://ok.example/x.png \"x\" onerror=\"alert(1)\")",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<data:text/html,alert(1)>",
        "<vbscript:msgbox(1)>",
        "[x]\n\n[x]: javascript:alert(1)",
        "[x]\n\n[x]: data:text/html,alert(1) \"title\"",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;script&#62;alert(1)&#60;/script&#62;",
        "&#106;avascript:alert(1)",
        "`<script>alert(1)</script>`",
        "```\n<script>alert(1)</script>\n```",
        "**<script>alert(1)</script>** ~~<iframe>~~ ^<svg onload=alert(1)>^ ~<img src=x onerror=alert(1)>~",
        "> <script>alert(1)</script>\n> [q](javascript:alert(1))",
        "- [a](javascript:alert(1))\n- <img src=x onerror=alert(1)>",
    ];

    public static TheoryData<string> Attacks() => new(AttackTexts);

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Render_HostileMarkdown_LeavesNoScriptFrameHandlerOrScriptLink(string markdown) =>
        AssertSafe(MarkdownRenderer.Render(markdown).Html);

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    public void Render_RawHtml_ShowsItAsText(string markdown, string encoded) =>
        Assert.Contains(encoded, MarkdownRenderer.Render(markdown).Html, StringComparison.Ordinal);

    [Fact]
    public void Render_SafeLinks_Survive()
    {
        var html = MarkdownRenderer.Render("[a](https://example.org/x) [b](mailto:a@example.org) <https://example.org/auto>").Html;
        Assert.Contains("href=\"https://example.org/x\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:a@example.org\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/auto\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AThousandMixesOfAttacksAndMarkdown_AreAllSafe()
    {
        var fragment = Gen.Frequency(
            (4, Gen.OneOf(AttackTexts)),
            (3, Gen.OneOf("*", "**", "_", "~~", "^", "~", "`", "[", "](", ")", "<", ">", "\"", "'", "&", "&#", ";", ":", "\n", "\n\n", "> ", "- ", "1. ", "    ")),
            (3, Gen.OneOf("javascript", "data", "vbscript", "script", "on", "onerror=", "alert(1)", "http://x", "متن فارسی", " ")),
            (1, Gen.Char['\u0000', '\u00FF'].Select(c => c.ToString())));

        fragment.Array[1, 12].Select(f => string.Concat(f)).Sample(markdown =>
        {
            var rendered = MarkdownRenderer.Render(markdown);
            AssertSafe(rendered.Html);
        }, iter: 1_000);
    }

    private static void AssertSafe(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        var body = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>").Body!;
        foreach (var element in body.QuerySelectorAll("*"))
        {
            Assert.Contains(element.LocalName, AllowedTags);
            foreach (var attribute in element.Attributes)
            {
                Assert.True(attribute.Name is "href" or "title", $"attribute {attribute.Name} in {html}");
                if (attribute.Name == "href")
                {
                    var scheme = new string([.. attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]).ToLowerInvariant();
                    Assert.False(scheme.StartsWith("javascript:", StringComparison.Ordinal) || scheme.StartsWith("data:", StringComparison.Ordinal)
                        || scheme.StartsWith("vbscript:", StringComparison.Ordinal), $"href {attribute.Value} in {html}");
                }
            }
        }
    }
}
