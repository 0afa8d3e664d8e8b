using Archive.Core.Search.Analysis;

namespace Archive.Core.Search.Expansion;

/// <summary>
/// The ways a text can hold a whole label, as the label's query would match it: its words in order at their positions
/// (a phrase); in a language with its own search chain (Persian) also every spelling that joins some of its adjacent
/// words into one (خصوصی سازی / خصوصیسازی: the pair term stands where the joined word does), and a one-word label's
/// ezafe form. Each pattern covers every word of the label: a text that holds only some of them (two words of a
/// three-word label, joined or spaced) holds no pattern.
/// </summary>
internal static class LabelPatterns
{
    /// <summary>The patterns of <paramref name="label"/> in <paramref name="language"/> (no concept set yet); none for a label of stop words only.</summary>
    public static IEnumerable<LabelPattern> Of(AnalyzerRegistry analyzers, string language, string label)
    {
        var field = SearchFields.Text(language);
        var words = Words(TokenStreams.Analyze(analyzers.ForQuery(language), field, label));
        if (words.Count == 0)
        {
            yield break;
        }

        yield return new LabelPattern(string.Empty, [.. words.Select(w => w.Term)], [.. words.Select(w => w.Position - words[0].Position)]);
        var rules = analyzers.Rules(language);
        if (!rules.HasSearchChain)
        {
            yield break;
        }

        if (words.Count == 1 && rules.EzafeForm(words[0].Term) is { } ezafe)
        {
            yield return new LabelPattern(string.Empty, [ezafe], [0]);
        }

        var pairs = Pairs(TokenStreams.Analyze(analyzers.ForIndex(language), field, label));
        foreach (var joined in Joinings(words, pairs, 0).Where(terms => terms.Count < words.Count))
        {
            yield return new LabelPattern(string.Empty, joined, [.. Enumerable.Range(0, joined.Count)]);
        }
    }

    /// <summary>The first word at each position, as the phrase query takes it (synonyms at one position: the first counts).</summary>
    private static List<(string Term, int Position)> Words(IReadOnlyList<AnalyzedToken> tokens)
    {
        var words = new List<(string, int)>();
        var position = -1;
        foreach (var token in tokens.Where(t => !PersianLightStemFilter.IsSurface(t.Term)))
        {
            position += Math.Max(token.PositionIncrement, 0);
            if (token.PositionIncrement > 0 || position < 0)
            {
                words.Add((token.Term, Math.Max(position, 0)));
            }
        }

        return words;
    }

    /// <summary>The pair term the index analyzer stacks on each position (the word there joined with the next), by position.</summary>
    private static Dictionary<int, string> Pairs(IReadOnlyList<AnalyzedToken> tokens)
    {
        var pairs = new Dictionary<int, string>();
        var position = -1;
        foreach (var token in tokens.Where(t => !PersianLightStemFilter.IsSurface(t.Term)))
        {
            position += Math.Max(token.PositionIncrement, 0);
            if (token.PositionIncrement == 0 && position >= 0)
            {
                pairs.TryAdd(position, token.Term);
            }
        }

        return pairs;
    }

    /// <summary>
    /// Every spelling of the words from <paramref name="from"/> on, each adjacent pair written apart (two terms) or joined
    /// (its pair term), as the terms a text holds at consecutive positions.
    /// </summary>
    private static IEnumerable<List<string>> Joinings(List<(string Term, int Position)> words, Dictionary<int, string> pairs, int from)
    {
        if (from == words.Count)
        {
            yield return [];
            yield break;
        }

        foreach (var rest in Joinings(words, pairs, from + 1))
        {
            yield return [words[from].Term, .. rest];
        }

        if (from + 1 < words.Count && words[from + 1].Position == words[from].Position + 1 && pairs.TryGetValue(words[from].Position, out var pair))
        {
            foreach (var rest in Joinings(words, pairs, from + 2))
            {
                yield return [pair, .. rest];
            }
        }
    }
}
