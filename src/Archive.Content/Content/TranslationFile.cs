namespace Archive.Core.Content;

/// <summary>A parsed translation file; <see cref="FrontMatter"/> is null when it could not be read.</summary>
public sealed record TranslationFile(string File, TranslationFrontMatter? FrontMatter, IReadOnlyList<TranslationBlock> Blocks);
