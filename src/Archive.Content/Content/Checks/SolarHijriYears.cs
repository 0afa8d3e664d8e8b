using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Core.Content.Checks;

/// <summary>
/// Solar Hijri years in a Persian clause: a four-digit year 1300–1499 that is not a count ("۱۴۰۰ سال قبل"), and a
/// two-digit year after a word that introduces one (سال، خیزش، قیام، انقلاب، تجربه، معترضین، دهه, a month name),
/// with the years listed after it ("خیزشهای ۷۸ و ۸۸ و ۹۶ و ۹۸"). A month without a year (مادران آبان) is no year.
/// </summary>
public static partial class SolarHijriYears
{
    private static readonly PersianCalendar Calendar = new();

    /// <summary>The years as written (ASCII digits, "57", "1357"), in order of appearance, each once.</summary>
    public static IReadOnlyList<string> Find(string original)
    {
        var text = PersianTermMatcher.Normalise(original);
        var years = new List<string>();
        foreach (Match m in Introduced().Matches(text))
        {
            years.AddRange(m.Groups["y"].Captures.Select(c => c.Value).Where(IsYear));
        }

        years.AddRange(FourDigit().Matches(text).Select(m => m.Value));
        return [.. years.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The Gregorian years a Solar Hijri year overlaps ("57" → 1978 and 1979), by .NET's PersianCalendar.</summary>
    public static IReadOnlySet<int> Gregorian(string year)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        y = y < 100 ? 1300 + y : y;
        return new HashSet<int> { Calendar.ToDateTime(y, 1, 1, 0, 0, 0, 0).Year, Calendar.ToDateTime(y, 12, 29, 0, 0, 0, 0).Year };
    }

    private static bool IsYear(string digits) => digits.Length == 2 || (digits.Length == 4 && digits[0] == '1' && digits[1] is '3' or '4');

    [GeneratedRegex(@"(?<![\p{L}])(?:سال|سال ?های|خیزش|خیزش ?های|قیام|قیام ?های|انقلاب|تجربه|معترضین|دهه|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)\s+(?:سال\s+)?(?<y>[0-9]{2}(?:[0-9]{2})?)(?![0-9])(?:\s*(?:و|،|,|-)\s*(?<y>[0-9]{2}(?:[0-9]{2})?)(?![0-9]))*(?!\s*سال)", RegexOptions.CultureInvariant)]
    private static partial Regex Introduced();

    [GeneratedRegex(@"(?<![0-9])1[34][0-9]{2}(?![0-9])(?!\s*سال)", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigit();
}
