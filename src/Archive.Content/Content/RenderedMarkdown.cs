namespace Archive.Core.Content;

/// <summary>Markdown turned into safe HTML and into plain text.</summary>
public sealed record RenderedMarkdown(string Html, string PlainText);
