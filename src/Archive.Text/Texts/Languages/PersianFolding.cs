using System.Collections.Frozen;
using System.Text;

namespace Archive.Core.Texts.Languages;

/// <summary>
/// Builds Persian's search folding: Arabic letter forms to the Persian ones, hamza seats and alef variants to the
/// bare letter, all digits to ASCII, invisible and combining marks removed, no-break spaces to a plain space.
/// ZWNJ is not in it: <see cref="PersianRules.CompoundSeparators"/> holds it.
/// </summary>
internal static class PersianFolding
{
    public const string ArabicIndicDigits = "٠١٢٣٤٥٦٧٨٩";
    public const string PersianDigits = "۰۱۲۳۴۵۶۷۸۹";

    public static FrozenDictionary<char, string> Build()
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
        removed.AddRange(Range('\u064B', '\u065F'));
        removed.AddRange(Range('\u202A', '\u202E'));
        removed.AddRange(Range('\u2066', '\u2069'));
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

    private static IEnumerable<char> Range(char from, char to)
    {
        for (var c = from; c <= to; c++)
        {
            yield return c;
        }
    }
}
