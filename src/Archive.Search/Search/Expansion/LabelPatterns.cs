using Archive.Core.Search.Analysis;

namespace Archive.Core.Search.Expansion;

/// <summary>
/// A label as a text can hold it whole, as the label's query would match it: its words in order at their positions (a
/// phrase); in a language with its own search chain (Persian) each word and the next also written joined (خصوصی سازی /
/// خصوصیسازی: the pair term stands where the joined word does), and a one-word label also in its ezafe form. A text that
/// holds only some of the words (two words of a three-word label, joined or spaced) holds no pattern.
/// </summary>
internal static class LabelPatterns
{
    /// <summary>The patterns of <paramref name="label"/> in <paramref name="language"/> (no concept set yet); none for a label of stop words only.</summary>
    public static IEnumerable<LabelPattern> Of(AnalyzerRegistry analyzers, string language, string label)
    {
        var field = SearchFields.Text(language);
        var words = PhraseWords.Of(TokenStreams.Analyze(analyzers.ForQuery(language), field, label).Where(t => !PersianLightStemFilter.IsSurface(t.Term)));
        if (words.Count == 0)
        {
            yield break;
        }

        var rules = analyzers.Rules(language);
        var pairs = rules.HasSearchChain ? Pairs(TokenStreams.Analyze(analyzers.ForIndex(language), field, label)) : [];
        yield return new LabelPattern(
            string.Empty,
            [.. words.Select(w => w.Term)],
            [.. words.Select(w => w.Position - words[0].Position)],
            [.. words.Select((w, i) => i + 1 < words.Count && words[i + 1].Position == w.Position + 1 ? pairs.GetValueOrDefault(w.Position) : null)]);
        if (words.Count == 1 && rules.HasSearchChain && rules.EzafeForm(words[0].Term) is { } ezafe)
        {
            yield return new LabelPattern(string.Empty, [ezafe], [0], [null]);
        }
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
}
