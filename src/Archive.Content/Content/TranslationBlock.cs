namespace Archive.Core.Content;

/// <summary>
/// One clause's translation in a file: the clause id from its <c>{#id …}</c> line, the Markdown, the marker's line,
/// and the marker's attributes: the block's own <see cref="Status"/> (null: the file's), the checks whose warnings a
/// person has looked at and <see cref="Accepted"/>, and the <see cref="Note"/> that says why.
/// </summary>
public sealed record TranslationBlock(string ClauseId, string Markdown, int Line)
{
    public string? Status { get; init; }

    public IReadOnlyList<string> Accepted { get; init; } = [];

    public string? Note { get; init; }

    /// <summary>The hash of the original text the translation was made from (<c>source=</c>); null until the importer writes it.</summary>
    public string? Source { get; init; }
}
