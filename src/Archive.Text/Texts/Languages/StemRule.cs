namespace Archive.Core.Texts.Languages;

/// <summary>One light-stemmer rule: a suffix, what replaces it, and how many letters must remain before the replacement.</summary>
public readonly record struct StemRule(string Suffix, string Replacement, int MinStem);
