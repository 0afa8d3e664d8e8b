using System.Text.RegularExpressions;

namespace Archive.Core.Search.Expansion;

/// <summary>
/// Other spellings of an English word: British and American (-our/-or, -ise/-ize, -yse/-yze, -re/-er, -ence/-ense,
/// -ogue/-og, doubled consonants before -ed/-ing/-er) in both directions, and the irregular forms of
/// <see cref="EnglishIrregularForms"/>. The rules over-generate on purpose: the query builder keeps only the variants
/// the index knows.
/// </summary>
public static partial class EnglishSpellingVariants
{
    private static readonly (Regex Pattern, string Replacement)[] Rules =
    [
        (OurToOr(), "$1or$2"),
        (OrToOur(), "$1our$2"),
        (IseToIze(), "$1iz$2"),
        (IzeToIse(), "$1is$2"),
        (YseToYze(), "$1yz$2"),
        (YzeToYse(), "$1ys$2"),
        (ReToEr(), "$1er$2"),
        (ErToRe(), "$1re$2"),
        (EnceToEnse(), "$1ense$2"),
        (EnseToEnce(), "$1ence$2"),
        (OgueToOg(), "$1og$2"),
        (OgToOgue(), "$1ogue$2"),
        (DoubledToSingle(), "$1$2$3"),
        (SingleToDoubled(), "$1$2$2$3"),
    ];

    /// <summary>The other spellings and forms of <paramref name="word"/> (lower case), without the word itself.</summary>
    public static IReadOnlyList<string> Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        var variants = new List<string>();
        foreach (var (pattern, replacement) in Rules)
        {
            var variant = pattern.Replace(lower, replacement);
            if (!string.Equals(variant, lower, StringComparison.Ordinal) && !variants.Contains(variant))
            {
                variants.Add(variant);
            }
        }

        variants.AddRange(EnglishIrregularForms.Of(lower).Where(f => !variants.Contains(f) && f != lower));
        return variants;
    }

    [GeneratedRegex("^([a-z]{2,})our(s|ed|ing|ite|ites|able|ful|less|ism|ist|ists|hood|hoods)?$")]
    private static partial Regex OurToOr();

    [GeneratedRegex("^([a-z]{2,}[^o])or(s|ed|ing|ite|ites|able|ful|less|ism|ist|ists|hood|hoods)?$")]
    private static partial Regex OrToOur();

    [GeneratedRegex("^([a-z]{3,})is(e|es|ed|ing|ation|ations|er|ers)$")]
    private static partial Regex IseToIze();

    [GeneratedRegex("^([a-z]{3,})iz(e|es|ed|ing|ation|ations|er|ers)$")]
    private static partial Regex IzeToIse();

    [GeneratedRegex("^([a-z]{2,})ys(e|es|ed|ing)$")]
    private static partial Regex YseToYze();

    [GeneratedRegex("^([a-z]{2,})yz(e|es|ed|ing)$")]
    private static partial Regex YzeToYse();

    [GeneratedRegex("^([a-z]{2,}[bcdfgklmnpstvz])re(s)?$")]
    private static partial Regex ReToEr();

    [GeneratedRegex("^([a-z]{2,}[bcdfgklmnpstvz])er(s)?$")]
    private static partial Regex ErToRe();

    [GeneratedRegex("^([a-z]{2,}[fc])ence(s)?$")]
    private static partial Regex EnceToEnse();

    [GeneratedRegex("^([a-z]{2,}[fc])ense(s)?$")]
    private static partial Regex EnseToEnce();

    [GeneratedRegex("^([a-z]{2,})ogue(s)?$")]
    private static partial Regex OgueToOg();

    [GeneratedRegex("^([a-z]{2,})og(s)?$")]
    private static partial Regex OgToOgue();

    [GeneratedRegex("^([a-z]*[aeiou])([lpt])\\2(ed|ing|er|ers|ation)$")]
    private static partial Regex DoubledToSingle();

    [GeneratedRegex("^([a-z]*[aeiou])([lpt])(ed|ing|er|ers|ation)$")]
    private static partial Regex SingleToDoubled();
}
