using System.Buffers;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Search.Analysis;

/// <summary>
/// A light stemmer driven by the language's <see cref="LanguageRules.StemRules"/>: removes one suffix from a folded
/// word, the first rule whose suffix matches deciding, when enough of the word remains and the word is not in
/// <see cref="LanguageRules.ProtectedWords"/>. Words not made only of the script's letters come back unchanged.
/// </summary>
internal sealed class LightStemmer
{
    private readonly LanguageRules rules;

    /// <summary>The last letters of the suffixes: a term ending otherwise is never stemmed.</summary>
    private readonly SearchValues<char> suffixEnds;

    public LightStemmer(LanguageRules rules)
    {
        this.rules = rules;
        suffixEnds = SearchValues.Create([.. rules.StemRules.Select(r => r.Suffix[^1]).Distinct()]);
    }

    /// <summary>Whether a term ending in <paramref name="last"/> may lose a suffix (a cheap test before <see cref="Stem"/>).</summary>
    public bool MayHaveSuffix(char last) => suffixEnds.Contains(last);

    public string Stem(string term)
    {
        if (term.Length < 3 || !rules.IsWord(term) || rules.ProtectedWords.Contains(term))
        {
            return term;
        }

        foreach (var (suffix, replacement, minStem) in rules.StemRules)
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
