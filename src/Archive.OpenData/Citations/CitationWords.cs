using System.Globalization;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Citations;

/// <summary>
/// The words and dates of the styled citations in one language: Persian (dates in the Solar Hijri calendar, Persian
/// digits and punctuation) or English (for every other language too).
/// </summary>
public sealed class CitationWords
{
    private static readonly string[] PersianMonths =
        ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];

    private static readonly PersianCalendar SolarHijri = new();

    private readonly bool _persian;

    private CitationWords(bool persian) => _persian = persian;

    public static CitationWords Persian { get; } = new(persian: true);

    public static CitationWords English { get; } = new(persian: false);

    /// <summary>The words of <paramref name="language"/>: Persian for fa, English for any other.</summary>
    public static CitationWords For(string language) =>
        LanguageRulesRegistry.PrimarySubtag(language) == "fa" ? Persian : English;

    public string Comma => _persian ? "، " : ", ";

    /// <summary>A title in quotation marks ending its sentence: “Title.” in English, «عنوان». in Persian.</summary>
    public string Quoted(string title) => _persian ? $"«{title}»." : $"“{title}.”";

    public string In => _persian ? "در" : "In";

    public string NoDate => _persian ? "بی‌تا" : "n.d.";

    public string Number(int n) => _persian ? PersianRules.Instance.ToNativeDigits(n) : n.ToString(CultureInfo.InvariantCulture);

    /// <summary>"Resolution 1, clause (b)" or "Resolution 1".</summary>
    public string Locator(CitationSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var resolution = (_persian ? "قطعنامه " : "Resolution ") + Number(source.Ref.Resolution);
        return source.Pinpoint is null ? resolution : resolution + Comma + (_persian ? "بند " : "clause ") + source.Pinpoint;
    }

    /// <summary>"Resolutions of the 12th Congress of the Worker-communist Party of Iran"; null when neither is stated.</summary>
    public string? Container(CitationSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return (source.Event, source.Author) switch
        {
            (null, null) => null,
            ({ } e, { } a) => _persian ? $"قطعنامه‌های {e} {a}" : $"Resolutions of the {e} of the {a}",
            ({ } e, null) => _persian ? $"قطعنامه‌های {e}" : $"Resolutions of the {e}",
            (null, { } a) => _persian ? $"قطعنامه‌های {a}" : $"Resolutions of the {a}",
        };
    }

    /// <summary>The year stated, or "n.d." for APA.</summary>
    public string YearOrNoDate(CitationSource source) => source?.Year is int y ? Number(y) : NoDate;

    /// <summary>A day as running text: "November 30, 2026", or in Persian the Solar Hijri "۹ آذر ۱۴۰۵".</summary>
    public string Day(DateOnly day)
    {
        if (!_persian)
        {
            return day.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
        }

        var time = day.ToDateTime(TimeOnly.MinValue);
        return $"{Number(SolarHijri.GetDayOfMonth(time))} {PersianMonths[SolarHijri.GetMonth(time) - 1]} {Number(SolarHijri.GetYear(time))}";
    }

    public string Accessed(DateOnly day) => (_persian ? "تاریخ دسترسی: " : "Accessed ") + Day(day);

    public string Retrieved(DateOnly day, Uri url) => _persian
        ? $"بازیابی‌شده در {Day(day)}{Comma}از {url.AbsoluteUri}"
        : $"Retrieved {Day(day)}, from {url.AbsoluteUri}";
}
