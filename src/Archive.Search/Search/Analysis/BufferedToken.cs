namespace Archive.Core.Search.Analysis;

/// <summary>
/// A token held back by a look-ahead filter: the attribute values the Persian chain sets (see <see cref="TokenAttributes"/>).
/// Plain values instead of a captured <c>AttributeSource.State</c>, which clones every attribute of every token.
/// </summary>
internal readonly record struct BufferedToken(string Term, int Start, int End, int PositionIncrement, int PositionLength, string Type, bool Keyword)
{
    /// <summary>This token with <paramref name="next"/> appended: terms concatenated, offsets spanning both.</summary>
    public BufferedToken Join(BufferedToken next) => this with { Term = Term + next.Term, End = next.End };
}
