namespace Archive.Core.Search;

/// <summary>
/// The concepts a document's text in one language names (<see cref="Expansion.ConceptStamper"/>): each concept id once per
/// label match, and how many words the text has (the concept field's length, so that it ranks as the text does).
/// </summary>
public sealed record StampedConcepts(string Language, IReadOnlyList<string> Concepts, int Words);
