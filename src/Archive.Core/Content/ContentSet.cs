namespace Archive.Core.Content;

/// <summary>Everything read from content/: languages, topics, glossary and translation files.</summary>
public sealed record ContentSet(
    IReadOnlyList<LanguageEntry> Languages,
    IReadOnlyList<TopicEntry> Topics,
    IReadOnlyList<GlossaryEntry> Glossary,
    IReadOnlyList<TranslationFile> Translations)
{
    public static ContentSet Empty { get; } = new([], [], [], []);
}
