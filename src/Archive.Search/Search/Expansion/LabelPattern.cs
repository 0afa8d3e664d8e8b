namespace Archive.Core.Search.Expansion;

/// <summary>
/// A whole label of a concept as a text can hold it: its analysed words at positions relative to the first (a phrase),
/// where in Persian each word and the next may also be written joined (<paramref name="Pairs"/>: the pair term of word i
/// and i + 1, null where the index makes none), the pair term then standing where the joined word does.
/// </summary>
internal sealed record LabelPattern(string Concept, IReadOnlyList<string> Terms, IReadOnlyList<int> Offsets, IReadOnlyList<string?> Pairs)
{
    /// <summary>The label's first term as it starts a match: its first word, or its first two words joined.</summary>
    public IEnumerable<(string Term, bool Joined)> Starts =>
        Pairs.Count > 0 && Pairs[0] is { } pair ? [(Terms[0], false), (pair, true)] : [(Terms[0], false)];

    /// <summary>
    /// The position after the label's last word when the text holds the whole label from <paramref name="start"/>, its
    /// first two words joined when <paramref name="joined"/>; -1 when it does not.
    /// </summary>
    public int MatchEnd(TokenPositions positions, int start, bool joined) => joined ? Rest(positions, 2, start + 1) : Rest(positions, 1, start + 1);

    /// <summary>Whether words <paramref name="from"/> on stand from <paramref name="position"/> on, each word alone or joined with the next.</summary>
    private int Rest(TokenPositions positions, int from, int position)
    {
        if (from >= Terms.Count)
        {
            return position;
        }

        var at = position + Offsets[from] - Offsets[from - 1] - 1;
        if (positions.Has(at, Terms[from]) && Rest(positions, from + 1, at + 1) is var end and >= 0)
        {
            return end;
        }

        return from + 1 < Terms.Count && Pairs[from] is { } pair && positions.Has(at, pair) ? Rest(positions, from + 2, at + 1) : -1;
    }
}
