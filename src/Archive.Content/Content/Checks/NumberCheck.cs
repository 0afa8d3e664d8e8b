using System.Text.RegularExpressions;

namespace Archive.Core.Content.Checks;

/// <summary>
/// The numbers written in digits, in any digit script, as sets: every number of the original must appear in the
/// translation, and a number the original does not have is looked at too. Numbers inside square-bracket glosses
/// (the Gregorian years after Solar Hijri ones) are not counted, nor, as extra numbers, digits that are part of a
/// name ("COVID-19").
/// </summary>
public sealed partial class NumberCheck : IClauseCheck
{
    public string Id => "numbers";

    public IEnumerable<CheckFinding> Check(ClauseUnderCheck clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var original = ContentChecker.Numbers(clause.Original).ToHashSet(StringComparer.Ordinal);
        var translated = ContentChecker.Numbers(BracketGlosses.Remove(clause.Translation)).ToHashSet(StringComparer.Ordinal);
        var missing = original.Where(n => !translated.Contains(n)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            yield return CheckFinding.Warning(Id, $"the source's number(s) {string.Join(", ", missing)} do not appear in the translation") with { Subject = string.Join(',', missing) };
        }

        var named = NameNumber().Matches(clause.Translation).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var extra = translated.Where(n => !original.Contains(n) && !named.Contains(n)).Order(StringComparer.Ordinal).ToList();
        if (extra.Count > 0)
        {
            yield return CheckFinding.Warning(Id, $"the translation has number(s) {string.Join(", ", extra)} that the source does not") with { Subject = string.Join(',', extra) };
        }
    }

    [GeneratedRegex(@"(?<=[A-Za-z]-?)[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NameNumber();
}
