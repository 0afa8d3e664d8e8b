namespace Archive.Core.Content;

/// <summary>One clause's translation in a file: the clause id from its <c>{#id}</c> line, the Markdown, the marker's line.</summary>
public sealed record TranslationBlock(string ClauseId, string Markdown, int Line);
