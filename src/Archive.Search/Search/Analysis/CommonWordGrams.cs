using System.Collections.Frozen;

namespace Archive.Core.Search.Analysis;

/// <summary>
/// Common-word grams, as Lucene's CommonGrams filters make them but over the archive's own analysed tokens: at index
/// time each pair of adjacent words of which one is common (<see cref="Texts.Languages.LanguageRules.CommonWords"/>) is
/// also indexed as one term, at the first word's position; a phrase query looks that term up instead of intersecting
/// the positions of words found in most texts. Words separated by a gap (a removed token) are not paired. See docs/analysis.md.
/// </summary>
public static class CommonWordGrams
{
    /// <summary>Between the two words of a gram: no analyzer makes a term with a space, so a gram is never a typed word.</summary>
    public const char Separator = ' ';

    public static string Join(string first, string second) => string.Concat(first, Separator.ToString(), second);

    /// <summary>
    /// The tokens of a text with the grams stacked on each position (increment 0, offsets spanning both words): one for
    /// the position's word (its first token) and each term at the next position — the next word, and the pair term
    /// stacked on it, so that a compound typed joined after a common word is found as its phrase would find it — when
    /// either is common. A gram is thus in exactly the texts where the phrase of its two terms is. The pair term stacked
    /// on a word is not the first word of a gram (a phrase that begins with it matches only a repeated word), nor is a
    /// surface form (a phrase never looks one up).
    /// </summary>
    public static IReadOnlyList<AnalyzedToken> Add(IReadOnlyList<AnalyzedToken> tokens, FrozenSet<string> common)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(common);
        if (common.Count == 0 || tokens.Count < 2)
        {
            return tokens;
        }

        var result = new List<AnalyzedToken>(tokens.Count * 2);
        var start = 0;
        while (start < tokens.Count)
        {
            var next = EndOfPosition(tokens, start);
            for (var i = start; i < next; i++)
            {
                result.Add(tokens[i]);
            }

            var word = tokens[start];
            if (next < tokens.Count && tokens[next].PositionIncrement == 1 && !PersianLightStemFilter.IsSurface(word.Term))
            {
                var isCommon = common.Contains(word.Term);
                for (var i = next; i < EndOfPosition(tokens, next); i++)
                {
                    var second = tokens[i];
                    if ((isCommon || common.Contains(second.Term)) && !PersianLightStemFilter.IsSurface(second.Term))
                    {
                        result.Add(new AnalyzedToken(Join(word.Term, second.Term), word.Start, second.End, 0));
                    }
                }
            }

            start = next;
        }

        return result;
    }

    /// <summary>The index after the last token at the position that starts at <paramref name="start"/> (the tokens stacked on it).</summary>
    private static int EndOfPosition(IReadOnlyList<AnalyzedToken> tokens, int start)
    {
        var end = start + 1;
        while (end < tokens.Count && tokens[end].PositionIncrement == 0)
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// The terms of a phrase (one word per position, positions relative) as the index holds them: each adjacent pair
    /// with a common word becomes its gram at the first word's position; a word inside a gram is not looked up again.
    /// </summary>
    public static IReadOnlyList<(string Term, int Position)> Phrase(IReadOnlyList<(string Term, int Position)> words, FrozenSet<string> common)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(common);
        if (common.Count == 0 || words.Count < 2)
        {
            return words;
        }

        var result = new List<(string Term, int Position)>(words.Count);
        var inGram = false;
        for (var i = 0; i < words.Count; i++)
        {
            var gram = i + 1 < words.Count && words[i + 1].Position == words[i].Position + 1
                && (common.Contains(words[i].Term) || common.Contains(words[i + 1].Term));
            if (gram)
            {
                result.Add((Join(words[i].Term, words[i + 1].Term), words[i].Position));
            }
            else if (!inGram)
            {
                result.Add(words[i]);
            }

            inGram = gram;
        }

        return result;
    }
}
