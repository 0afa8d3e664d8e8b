using System.Text.RegularExpressions;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Content.Checks;

/// <summary>
/// Whether a Persian text contains a term: both folded as the archive folds Persian (<see cref="LanguageRules.Fold"/> of <see cref="PersianRules"/>:
/// Arabic letter forms, hamza seats, digits, half-spaces), the term starting on a word boundary and ending on one or
/// before a plural or ezafe ending (ها، های، ان، ی …), its words joined by any space or none.
/// </summary>
public static class PersianTermMatcher
{
    private const string Endings = "(?:هایی|های|ها|یان|ان|ات|ای|یی|ی|ش|شان)?";

    /// <summary>The term as a pattern; <paramref name="notBefore"/> is a pattern the text after it must not match.</summary>
    public static Regex Pattern(string term, string? notBefore = null)
    {
        ArgumentNullException.ThrowIfNull(term);
        var words = Normalise(term).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        var exclusion = notBefore is null ? string.Empty : $"(?!{notBefore})";
        return new Regex($@"(?<![\p{{L}}\p{{Mn}}]){string.Join(@"\s*", words)}{Endings}(?![\p{{L}}\p{{Mn}}]){exclusion}",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>Whether the folded <paramref name="text"/> contains the term's pattern.</summary>
    public static bool Contains(string text, Regex pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return pattern.IsMatch(Normalise(text));
    }

    /// <summary>Folded, with runs of white space as one space.</summary>
    public static string Normalise(string text) =>
        Regex.Replace(PersianRules.Instance.Fold(text ?? string.Empty), @"\s+", " ", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
