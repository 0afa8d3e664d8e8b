using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Archive.Core.Texts;

/// <summary>
/// The one place for Persian text rules. The importer uses it to recognise labels and headings
/// (the stored text stays as printed), the search analyzer builds its character map from
/// <see cref="SearchFolding"/>, and the views use <see cref="ToPersianDigits"/>.
/// </summary>
public static class PersianText
{
    /// <summary>Zero-width non-joiner, the Persian half-space.</summary>
    public const char Zwnj = '\u200C';

    private const string ArabicIndicDigits = "٠١٢٣٤٥٦٧٨٩";
    private const string PersianDigits = "۰۱۲۳۴۵۶۷۸۹";

    /// <summary>
    /// Character folding for search keys: Arabic letter forms to the Persian ones, hamza seats and
    /// alef variants to the bare letter, all digits to ASCII, invisible and combining marks removed,
    /// no-break spaces to a plain space. A value of "" deletes the character. ZWNJ is left alone:
    /// the analyzer decides how half-spaced compounds are split and joined.
    /// </summary>
    public static FrozenDictionary<char, string> SearchFolding { get; } = BuildFolding();

    /// <summary>Whether <paramref name="c"/> is a decimal digit of the ASCII, Arabic-Indic or Persian set.</summary>
    public static bool IsDigit(char c) => DigitValue(c) >= 0;

    /// <summary>The value 0–9 of a digit of any of the three scripts, or -1.</summary>
    public static int DigitValue(char c)
    {
        if (c is >= '0' and <= '9')
        {
            return c - '0';
        }

        if (c is >= '\u0660' and <= '\u0669')
        {
            return c - '\u0660';
        }

        return c is >= '\u06F0' and <= '\u06F9' ? c - '\u06F0' : -1;
    }

    /// <summary>Replaces Arabic-Indic and Persian digits by ASCII digits; nothing else changes.</summary>
    public static string ToAsciiDigits(string text) => MapDigits(text, '0');

    /// <summary>Replaces ASCII and Arabic-Indic digits by Persian digits, for the Persian interface.</summary>
    public static string ToPersianDigits(string text) => MapDigits(text, '\u06F0');

    /// <summary>Formats a number with Persian digits.</summary>
    public static string ToPersianDigits(int number) =>
        ToPersianDigits(number.ToString(CultureInfo.InvariantCulture));

    /// <summary>Parses a run of digits of any script; false when empty, mixed with other characters or too large.</summary>
    public static bool TryParseNumber(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty || digits.Length > 9)
        {
            return false;
        }

        foreach (var c in digits)
        {
            var d = DigitValue(c);
            if (d < 0)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }

    /// <summary>Applies <see cref="SearchFolding"/> and turns ZWNJ into a space: the comparison key for words.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == Zwnj)
            {
                sb.Append(' ');
            }
            else if (SearchFolding.TryGetValue(c, out var mapped))
            {
                sb.Append(mapped);
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string MapDigits(string text, char zero)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var d = DigitValue(chars[i]);
            if (d >= 0)
            {
                chars[i] = (char)(zero + d);
            }
        }

        return new string(chars);
    }

    private static FrozenDictionary<char, string> BuildFolding()
    {
        var map = new Dictionary<char, string>();
        for (var d = 0; d < 10; d++)
        {
            var ascii = ((char)('0' + d)).ToString();
            map[ArabicIndicDigits[d]] = ascii;
            map[PersianDigits[d]] = ascii;
        }

        // Letters: Arabic forms to Persian ones (ي ى → ی, ك → ک), teh marbuta and heh variants → ه,
        // alef variants → ا, hamza seats → their bare letter.
        foreach (var (from, to) in new[]
        {
            ('\u064A', "\u06CC"), ('\u0649', "\u06CC"), ('\u0626', "\u06CC"), ('\u06D2', "\u06CC"),
            ('\u0643', "\u06A9"), ('\u06AA', "\u06A9"),
            ('\u0629', "\u0647"), ('\u06C0', "\u0647"), ('\u06C1', "\u0647"), ('\u06D5', "\u0647"),
            ('\u0623', "\u0627"), ('\u0625', "\u0627"), ('\u0622', "\u0627"), ('\u0671', "\u0627"), ('\u0672', "\u0627"), ('\u0673', "\u0627"),
            ('\u0624', "\u0648"),
        })
        {
            map[from] = to;
        }

        // Removed: standalone hamza, harakat and other combining marks, superscript alef, tatweel,
        // and invisible format characters (ZWJ, LRM, RLM, ALM, embeddings, isolates, BOM, soft hyphen, word joiner).
        var removed = new List<char> { '\u0621', '\u0640', '\u0670', '\u200D', '\u200E', '\u200F', '\u061C', '\uFEFF', '\u00AD', '\u2060', '\u200B' };
        for (var c = '\u064B'; c <= '\u065F'; c++)
        {
            removed.Add(c);
        }

        for (var c = '\u202A'; c <= '\u202E'; c++)
        {
            removed.Add(c);
        }

        for (var c = '\u2066'; c <= '\u2069'; c++)
        {
            removed.Add(c);
        }

        foreach (var c in removed)
        {
            map[c] = string.Empty;
        }

        map['\u00A0'] = " ";
        map['\u202F'] = " ";
        map['\u2007'] = " ";

        AddPresentationForms(map);
        return map.ToFrozenDictionary();
    }

    /// <summary>Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) by their compatibility decomposition.</summary>
    private static void AddPresentationForms(Dictionary<char, string> map)
    {
        static IEnumerable<char> Range(char from, char to)
        {
            for (var c = from; c <= to; c++)
            {
                yield return c;
            }
        }

        foreach (var c in Range('\uFB50', '\uFDFF').Concat(Range('\uFE70', '\uFEFC')))
        {
            var s = c.ToString();
            string decomposed;
            try
            {
                decomposed = s.Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                continue;
            }

            if (decomposed == s || decomposed.Length == 0)
            {
                continue;
            }

            var sb = new StringBuilder();
            foreach (var part in decomposed)
            {
                sb.Append(map.TryGetValue(part, out var folded) ? folded : part.ToString());
            }

            map[c] = sb.ToString().Replace(" ", string.Empty, StringComparison.Ordinal);
        }
    }
}
