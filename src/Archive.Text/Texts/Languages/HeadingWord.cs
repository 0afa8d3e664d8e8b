namespace Archive.Core.Texts.Languages;

/// <summary>
/// A word that opens a resolution heading, folded: the kind of text it names, and the word it misspells when it is a
/// known misspelling (فرار for قرار).
/// </summary>
public sealed record HeadingWord(string Word, ResolutionKind Kind, string? MisspellingOf = null);
