namespace Archive.Core.Search.Expansion;

/// <summary>
/// What a search looked for besides the words typed: for <see cref="Typed"/> (a word or phrase of the query), the
/// <see cref="Searched"/> forms — other spellings and forms, a concept's labels in every language, or the nearest known words.
/// </summary>
public sealed record SearchExpansion(string Typed, SearchExpansionKind Kind, IReadOnlyList<string> Searched);
