using Lucene.Net.Util;

namespace Archive.Core.Search.Analysis;

/// <summary>A token held back by a look-ahead filter: its captured attributes plus the parts the filter changes.</summary>
internal readonly record struct BufferedToken(AttributeSource.State State, string Term, int Start, int End, int PositionIncrement)
{
    /// <summary>This token with <paramref name="next"/> appended: terms concatenated, offsets spanning both.</summary>
    public BufferedToken Join(BufferedToken next) => this with { Term = Term + next.Term, End = next.End };
}
