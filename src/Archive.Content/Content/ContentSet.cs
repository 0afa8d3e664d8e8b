namespace Archive.Core.Content;

/// <summary>
/// Everything read from content/: languages, topics, glossary, translation files, and the vocabulary
/// (null when content/vocabulary.yml does not exist).
/// </summary>
public sealed record ContentSet(
    IReadOnlyList<LanguageEntry> Languages,
    IReadOnlyList<TopicEntry> Topics,
    IReadOnlyList<GlossaryEntry> Glossary,
    IReadOnlyList<TranslationFile> Translations)
{
    public static ContentSet Empty { get; } = new([], [], [], []);

    public IReadOnlyList<VocabularyConcept>? Vocabulary { get; init; }
}
