using System.Collections.Frozen;

namespace Archive.Core.Search.Analysis;

/// <summary>
/// Where the Porter stemmer joins words of different meaning, the English chain steps in before it (see docs/analysis.md):
/// <list type="bullet">
/// <item>American -ize, -yze spellings and their forms (privatization, organized, analyzing) are stemmed as the British
/// -ise, -yse ones the translations print. Porter keeps privatisation (privatis) apart from private (privat), but strips
/// -ize to the bare adjective: privatization → privat, organization → organ, criminalization → crimin.</item>
/// <item>A few words of the translations that Porter gives the stem of a word of another meaning keep a stem of their own
/// (<see cref="Overrides"/>): humanity is not humane, university is not universal, several is not severe.</item>
/// </list>
/// </summary>
public static class EnglishStemGuards
{
    /// <summary>
    /// Word → the stem it keeps. Written from the English translations: every Porter stem the translations share between
    /// two or more words was listed, and the words that mean something else than the rest of their group were kept apart.
    /// A stem ends as no Porter stem does (in y or e, or a whole word Porter would cut), so it never meets another word.
    /// </summary>
    public static FrozenDictionary<string, string> Overrides { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["humanity"] = "humanity",
        ["humanities"] = "humanity",
        ["humane"] = "humane",
        ["humanely"] = "humane",
        ["university"] = "university",
        ["universities"] = "university",
        ["several"] = "several",
        ["resolute"] = "resolute",
        ["resolutely"] = "resolute",
        ["morale"] = "morale",
        ["publication"] = "publication",
        ["publications"] = "publication",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] IzeEndings =
        ["izations", "ization", "izers", "izer", "izing", "ized", "izes", "ize", "yzing", "yzed", "yzes", "yze", "yzer", "yzers"];

    /// <summary>Letters that must come before an -ize or -yze ending, so that seize, prize or size are left alone.</summary>
    private const int MinimumBase = 4;

    /// <summary>The British spelling of an American -ize or -yze form (privatization → privatisation), or null for any other word.</summary>
    public static string? BritishSpelling(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var ending in IzeEndings)
        {
            if (word.Length - ending.Length >= MinimumBase && word.EndsWith(ending, StringComparison.Ordinal))
            {
                var at = word.Length - ending.Length + 1; // the z
                return string.Concat(word.AsSpan(0, at), "s", word.AsSpan(at + 1));
            }
        }

        return null;
    }
}
