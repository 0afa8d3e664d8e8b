namespace Archive.Core.Texts;

/// <summary>The input formats a collection's seed can be written in, named by <c>format</c> in its metadata.yml.</summary>
public static class SeedFormats
{
    /// <summary>One plain-text file of headings and lines (the first collection's format; docs/clause-ids.md).</summary>
    public const string PlainText = "plain-text";

    /// <summary>One Markdown file per resolution, with front matter, a heading and labelled clauses (docs/collections.md).</summary>
    public const string Markdown = "markdown";

    public static IReadOnlyList<string> All { get; } = [PlainText, Markdown];
}
