namespace Archive.Core.Search.Expansion;

/// <summary>
/// One way a text can hold a label of a concept: analysed terms at positions relative to the first (a phrase), or a
/// single term (a Persian pair term or ezafe form).
/// </summary>
internal sealed record LabelPattern(string Concept, IReadOnlyList<string> Terms, IReadOnlyList<int> Offsets)
{
    /// <summary>Whether the pattern's first term at <paramref name="start"/> is followed by the others at their offsets.</summary>
    public bool MatchesAt(TokenPositions positions, int start)
    {
        for (var i = 1; i < Terms.Count; i++)
        {
            if (!positions.Has(start + Offsets[i], Terms[i]))
            {
                return false;
            }
        }

        return true;
    }
}
