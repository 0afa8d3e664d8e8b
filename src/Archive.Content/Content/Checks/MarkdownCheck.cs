using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Core.Content.Checks;

/// <summary>
/// A clause's Markdown must render to text and links only (emphasis allowed): a heading, list, quote, code, image,
/// table or rule is an error, since the reader shows a clause as running text. A link to anything but http, https or
/// mailto is a warning: the renderer drops it.
/// </summary>
public sealed class MarkdownCheck : IClauseCheck
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseEmphasisExtras().Build();

    private static readonly string[] Schemes = ["http:", "https:", "mailto:"];

    public string Id => "markdown";

    public IEnumerable<CheckFinding> Check(ClauseUnderCheck clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var document = Markdown.Parse(clause.Markdown, Pipeline);
        foreach (var block in document)
        {
            if (block is not ParagraphBlock)
            {
                yield return CheckFinding.Error(Id, $"the Markdown makes a {Name(block)}, not running text (line {block.Line + 1} of the block)");
            }
        }

        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case LinkInline { IsImage: true }:
                    yield return CheckFinding.Error(Id, "the Markdown has an image; a clause is text and links");
                    break;
                case CodeInline:
                    yield return CheckFinding.Error(Id, "the Markdown has inline code (`…`); a clause is text and links");
                    break;
                case LinkInline link when !Schemes.Any(s => (link.Url ?? string.Empty).StartsWith(s, StringComparison.OrdinalIgnoreCase)):
                    yield return CheckFinding.Warning(Id, $"the link to '{link.Url}' is dropped: only http, https and mailto links render");
                    break;
                case AutolinkInline auto when !auto.IsEmail && !Schemes.Any(s => auto.Url.StartsWith(s, StringComparison.OrdinalIgnoreCase)):
                    yield return CheckFinding.Warning(Id, $"the link to '{auto.Url}' is dropped: only http, https and mailto links render");
                    break;
            }
        }
    }

    private static string Name(Block block) => block switch
    {
        HeadingBlock => "heading",
        ListBlock or ListItemBlock => "list",
        QuoteBlock => "quote",
        CodeBlock => "code block",
        ThematicBreakBlock => "horizontal rule",
        _ => block.GetType().Name.Replace("Block", string.Empty, StringComparison.Ordinal).ToLowerInvariant(),
    };
}
