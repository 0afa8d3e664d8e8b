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
    /// each term there and each term at the next position, when either is common. The terms stacked on a word (its pair
    /// with the next word) are paired too, so a gram is found exactly where the phrase of its two terms is; surface
    /// forms are not (a phrase never looks them up).
    /// </summary>
    public static IReadOnlyList<AnalyzedToken> Add(IReadOnlyList<AnalyzedToken> tokens, FrozenSet<string> common)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(common);
        if (common.Count == 0 || tokens.Count < 2)
        {
            return tokens;
        }

        // The tokens by position: a position starts at the first token and at each token with an increment.
        var positions = new List<(int Increment, List<AnalyzedToken> Tokens)>();
        foreach (var token in tokens)
        {
            if (positions.Count == 0 || token.PositionIncrement > 0)
            {
                positions.Add((token.PositionIncrement, []));
            }

            positions[^1].Tokens.Add(token);
        }

        var result = new List<AnalyzedToken>(tokens.Count + (tokens.Count / 2));
        for (var p = 0; p < positions.Count; p++)
        {
            result.AddRange(positions[p].Tokens);
            if (p + 1 < positions.Count && positions[p + 1].Increment == 1)
            {
                result.AddRange(
                    from first in positions[p].Tokens
                    where !PersianLightStemFilter.IsSurface(first.Term)
                    from second in positions[p + 1].Tokens
                    where !PersianLightStemFilter.IsSurface(second.Term) && (common.Contains(first.Term) || common.Contains(second.Term))
                    select new AnalyzedToken(Join(first.Term, second.Term), first.Start, second.End, 0));
            }
        }

        return result;
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
