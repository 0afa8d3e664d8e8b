using Archive.Core.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Core.Search;

/// <summary>
/// Replays tokens an analyzer already made (term, offsets, position increment: all the index reads of a text field),
/// so that a text analysed once for concept stamping is not analysed again by the index writer.
/// </summary>
internal sealed class AnalyzedTokenStream : TokenStream
{
    private readonly IReadOnlyList<AnalyzedToken> _tokens;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private int _next;

    public AnalyzedTokenStream(IReadOnlyList<AnalyzedToken> tokens)
    {
        _tokens = tokens;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next >= _tokens.Count)
        {
            return false;
        }

        ClearAttributes();
        var token = _tokens[_next++];
        _term.SetEmpty().Append(token.Term);
        _offset.SetOffset(token.Start, token.End);
        _increment.PositionIncrement = token.PositionIncrement;
        return true;
    }

    public override void End()
    {
        base.End();
        var end = _tokens.Count == 0 ? 0 : _tokens[^1].End;
        _offset.SetOffset(end, end);
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
