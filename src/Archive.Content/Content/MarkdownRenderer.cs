using Ganss.Xss;
using Markdig;

namespace Archive.Core.Content;

/// <summary>
/// Renders translation Markdown: raw HTML is never rendered (Markdig's DisableHtml escapes it), and the output
/// passes HtmlSanitizer with a short allow-list, so javascript: links and event handlers cannot survive.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseEmphasisExtras().Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static RenderedMarkdown Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var html = Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline)).Trim();
        var plain = Markdown.ToPlainText(markdown, Pipeline).Trim();
        return new RenderedMarkdown(html, plain);
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(["p", "em", "strong", "a", "br", "del", "sub", "sup", "code", "ul", "ol", "li", "blockquote"], StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "title"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
        };
        return new HtmlSanitizer(options);
    }
}
