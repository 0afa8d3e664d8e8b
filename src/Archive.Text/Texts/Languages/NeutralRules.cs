namespace Archive.Core.Texts.Languages;

/// <summary>
/// The rules of a language the archive has no special knowledge of: left to right, ASCII digits, no folding, no
/// item letters or heading words (a seed in it cannot be parsed), a stock search analyzer.
/// </summary>
public sealed class NeutralRules(string code) : LanguageRules(code);
