namespace Archive.Core.Content;

/// <summary>
/// A concept of content/vocabulary.yml: an id, its kind (term, subject, person, organisation, place, event, topic),
/// optional broader concepts, glossary flag, Wikidata id and notes, and its labels per language code.
/// </summary>
public sealed record VocabularyConcept(string Id, string Kind, IReadOnlyDictionary<string, VocabularyLabels> Labels)
{
    /// <summary>The kinds whose names every translation must keep.</summary>
    public static IReadOnlySet<string> NamedKinds { get; } = new HashSet<string>(["person", "organisation", "place", "event"], StringComparer.Ordinal);

    public IReadOnlyList<string> Broader { get; init; } = [];

    public bool Glossary { get; init; }

    public string? Wikidata { get; init; }

    public IReadOnlyDictionary<string, string> Note { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public bool IsNamed => NamedKinds.Contains(Kind);

    /// <summary>The line of content/vocabulary.yml the concept starts on (0 when not read from a file).</summary>
    public int Line { get; init; }
}
