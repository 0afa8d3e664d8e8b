using System.Buffers;

namespace Archive.Core.Search.Analysis;

/// <summary>
/// A light Persian stemmer: removes one plural or comparative suffix from a folded word, longest first,
/// when enough of the word remains and the word is not in <see cref="PersianProtectedWords"/>.
/// Unlike Lucene's PersianStemmer it leaves ی and یی endings alone and keeps short stems whole.
/// </summary>
internal static class PersianLightStemmer
{
    /// <summary>
    /// Suffix, what replaces it, and how many letters must remain before the replacement.
    /// The first rule whose suffix matches decides, even when too little would remain.
    /// </summary>
    private static readonly (string Suffix, string Replacement, int MinStem)[] Rules =
    [
        ("هایشان", "", 2), // خانوادههایشان → خانواده
        ("هایمان", "", 2),
        ("هایتان", "", 2),
        ("هایی", "", 2),  // نمونههایی → نمونه
        ("های", "", 2),   // خانوادههای → خانواده
        ("ها", "", 2),    // انسانها → انسان
        ("ترین", "", 2),  // بیشترین → بیش
        ("تر", "", 2),    // رادیکالتر → رادیکال
        ("ایان", "ا", 2), // کارفرمایان → کارفرما
        ("ویان", "و", 2), // پناهجویان → پناهجو
        ("گان", "ه", 2),  // نمایندگان → نماینده
        ("ان", "", 2),    // زنان → زن, کارگران → کارگر
        ("ین", "", 4),    // فعالین → فعال; keeps زمین, تامین, چنین
        ("ات", "", 3),    // اعتراضات → اعتراض; keeps حیات, نجات
    ];

    /// <summary>The last letters of the suffixes: a term ending otherwise is never stemmed.</summary>
    private static readonly SearchValues<char> SuffixEnds = SearchValues.Create([.. Rules.Select(r => r.Suffix[^1]).Distinct()]);

    /// <summary>Whether a term ending in <paramref name="last"/> may lose a suffix (a cheap test before <see cref="Stem"/>).</summary>
    public static bool MayHaveSuffix(char last) => SuffixEnds.Contains(last);

    /// <summary>The stem of a folded term; terms that are not all Persian letters come back unchanged.</summary>
    public static string Stem(string term)
    {
        if (term.Length < 3 || !PersianScript.IsWord(term) || PersianProtectedWords.Contains(term))
        {
            return term;
        }

        foreach (var (suffix, replacement, minStem) in Rules)
        {
            if (term.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stemLength = term.Length - suffix.Length;
                return stemLength >= minStem ? string.Concat(term.AsSpan(0, stemLength), replacement) : term;
            }
        }

        return term;
    }
}
