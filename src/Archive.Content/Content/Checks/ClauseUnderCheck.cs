namespace Archive.Core.Content.Checks;

/// <summary>
/// What a clause check looks at: the original clause's text and one translation block of it, with where the block is.
/// <see cref="Translation"/> is the block's rendered plain text, <see cref="Markdown"/> the block as written.
/// </summary>
public sealed record ClauseUnderCheck(string Language, int Resolution, string ClauseId, string Original, string Markdown, string Translation)
{
    public string File { get; init; } = string.Empty;

    public int Line { get; init; }

    /// <summary>The slug of the clause's collection.</summary>
    public string Collection { get; init; } = string.Empty;

    /// <summary>A clause as a test or a tool builds it: the plain text rendered from the Markdown.</summary>
    public static ClauseUnderCheck Of(string language, string original, string markdown, int resolution = 1, string clauseId = "p1") =>
        new(language, resolution, clauseId, original, markdown, MarkdownRenderer.Render(markdown).PlainText);
}
