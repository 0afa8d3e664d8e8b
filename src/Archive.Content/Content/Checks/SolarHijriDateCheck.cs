using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Core.Content.Checks;

/// <summary>
/// Solar Hijri years keep the original's form and carry their Gregorian equivalent in square brackets after them
/// (content/README.md): "the uprisings of 78, 88, 96 and 98 [1999, 2009, 2017–18, 2019]". A year of the original with
/// no gloss after it in the same sentence is a warning; a gloss whose year the Solar Hijri year does not overlap
/// (by <see cref="PersianCalendar"/>) is an error. A gloss of as many items as years is read item by item.
/// </summary>
public sealed partial class SolarHijriDateCheck : IClauseCheck
{
    public string Id => "dates";

    public IEnumerable<CheckFinding> Check(ClauseUnderCheck clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var years = SolarHijriYears.Find(clause.Original);
        if (years.Count == 0)
        {
            yield break;
        }

        var glossed = new HashSet<string>(StringComparer.Ordinal);
        var previous = 0;
        foreach (var gloss in BracketGlosses.Find(clause.Translation))
        {
            var segment = clause.Translation[previous..gloss.Index];
            previous = gloss.Index + gloss.Length;
            var stop = SentenceStop().Matches(segment).LastOrDefault();
            segment = stop is null ? segment : segment[(stop.Index + stop.Length)..];
            var before = Number().Matches(segment).Select(m => m.Value).Where(years.Contains).ToList();
            if (before.Count == 0)
            {
                continue;
            }

            glossed.UnionWith(before);
            var items = Items().Split(gloss.Value.Trim('[', ']')).Select(GregorianYears).Where(i => i.Count > 0).ToList();
            for (var i = 0; i < items.Count; i++)
            {
                var allowed = items.Count == before.Count ? SolarHijriYears.Gregorian(before[i]) : before.SelectMany(SolarHijriYears.Gregorian).ToHashSet();
                if (!items[i].Overlaps(allowed))
                {
                    var of = items.Count == before.Count ? before[i] : string.Join(", ", before);
                    yield return CheckFinding.Error(Id, $"the gloss {gloss.Value} gives {string.Join("–", items[i].Order())} for the Solar Hijri year {of}, which is {string.Join("/", allowed.Order())}");
                }
            }
        }

        var unglossed = years.Where(y => !glossed.Contains(y)).ToList();
        if (unglossed.Count > 0)
        {
            yield return CheckFinding.Warning(Id, $"the Solar Hijri year(s) {string.Join(", ", unglossed)} have no Gregorian gloss in square brackets after them");
        }
    }

    /// <summary>The Gregorian years of one gloss item: "2017–18" → 2017 and 2018, "8 March 1979" → 1979.</summary>
    private static HashSet<int> GregorianYears(string item)
    {
        var years = new HashSet<int>();
        foreach (Match m in YearOrRange().Matches(item))
        {
            var first = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            years.Add(first);
            if (m.Groups[2].Success)
            {
                var tail = m.Groups[2].Value;
                years.Add(tail.Length == 2 ? (first / 100 * 100) + int.Parse(tail, CultureInfo.InvariantCulture) : int.Parse(tail, CultureInfo.InvariantCulture));
            }
        }

        return years;
    }

    [GeneratedRegex(@"(?<![0-9])[0-9]+(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"[.!?;]\s", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceStop();

    [GeneratedRegex(@",|;|\band\b|\bund\b", RegexOptions.CultureInvariant)]
    private static partial Regex Items();

    [GeneratedRegex(@"(?<![0-9])([0-9]{4})(?:\s*[–/-]\s*([0-9]{2}(?:[0-9]{2})?))?(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearOrRange();
}
