namespace Archive.Core.Search.Analysis;

/// <summary>The words of an analysed phrase as a phrase query takes them: the first token at each position, with its position.</summary>
public static class PhraseWords
{
    /// <summary>
    /// The first token at each position (synonyms, pair terms and surface forms at increment 0 after it are left out),
    /// with its position relative to the first word's (0; a gap where a stop word was removed).
    /// </summary>
    public static List<(string Term, int Position)> Of(IEnumerable<AnalyzedToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var words = new List<(string Term, int Position)>();
        var position = -1;
        foreach (var t in tokens)
        {
            position += Math.Max(t.PositionIncrement, 0);
            if (t.PositionIncrement > 0 || position < 0)
            {
                words.Add((t.Term, Math.Max(position, 0)));
            }
        }

        var first = words.Count > 0 ? words[0].Position : 0;
        return [.. words.Select(w => (w.Term, w.Position - first))];
    }
}
