using System.Text.RegularExpressions;
using static System.FormattableString;

namespace Archive.Core.Content.Checks;

/// <summary>
/// Untranslated and mixed-script text. In a left-to-right (Latin-script) translation, Arabic-script letters are
/// foreign: a block mostly in them was left in Persian (error), a few words of them are looked at (warning); in a
/// right-to-left translation, Latin words the original does not have are looked at. And the original's own Latin
/// text ("(Free Them Now)") must come through into the translation.
/// </summary>
public sealed partial class ScriptCheck(IReadOnlySet<string> rightToLeftLanguages) : IClauseCheck
{
    public string Id => "script";

    public IEnumerable<CheckFinding> Check(ClauseUnderCheck clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var text = BracketGlosses.Remove(clause.Translation);
        var arabic = text.Count(IsArabicLetter);
        var latin = text.Count(IsLatinLetter);
        if (!rightToLeftLanguages.Contains(clause.Language))
        {
            if (arabic > 0 && arabic >= latin)
            {
                yield return CheckFinding.Error(Id, Invariant($"left in Persian: {arabic} of the translation's {arabic + latin} letters are Arabic script"));
            }
            else if (arabic > 0)
            {
                yield return CheckFinding.Warning(Id, $"Arabic-script text in the {clause.Language} translation: {Quote(ArabicWords().Matches(text))}");
            }
        }
        else
        {
            var originalLatin = LatinWords().Matches(clause.Original).Select(m => m.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var foreign = LatinWords().Matches(text).Where(m => !originalLatin.Contains(m.Value)).ToList();
            if (foreign.Count > 0)
            {
                yield return CheckFinding.Warning(Id, $"Latin-script text the original does not have: {Quote(foreign)}");
            }
        }

        var translated = RenderingMatcher.Words(clause.Translation).ToHashSet(StringComparer.Ordinal);
        var lost = LatinWords().Matches(clause.Original).Select(m => m.Value)
            .Where(w => RenderingMatcher.Words(w).Any(x => !translated.Contains(x))).Distinct(StringComparer.Ordinal).ToList();
        if (lost.Count > 0)
        {
            yield return CheckFinding.Warning(Id, $"the original's Latin-script words do not appear in the translation: {string.Join(", ", lost)}");
        }
    }

    private static bool IsArabicLetter(char c) =>
        char.IsLetter(c) && c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');

    private static bool IsLatinLetter(char c) => char.IsLetter(c) && c < '\u0250';

    private static string Quote(IEnumerable<Match> words) =>
        string.Join(", ", words.Select(m => $"'{m.Value}'").Distinct(StringComparer.Ordinal).Take(5));

    [GeneratedRegex(@"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF\u200C]+", RegexOptions.CultureInvariant)]
    private static partial Regex ArabicWords();

    [GeneratedRegex(@"[A-Za-z\u00C0-\u024F]+", RegexOptions.CultureInvariant)]
    private static partial Regex LatinWords();
}
