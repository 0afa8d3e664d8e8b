using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Archive.Core.Search.Analysis;

/// <summary>
/// The attributes of the Persian chain's tokens, read into and written from a <see cref="BufferedToken"/>: term, offsets,
/// position increment and length, type and keyword flag. No part of the chain sets flags or payloads, so a restored token
/// keeps their defaults, as the state of the token read last has them.
/// </summary>
internal sealed class TokenAttributes
{
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute increment;
    private readonly IPositionLengthAttribute length;
    private readonly ITypeAttribute type;
    private readonly IKeywordAttribute keyword;

    public TokenAttributes(AttributeSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        term = source.AddAttribute<ICharTermAttribute>();
        offset = source.AddAttribute<IOffsetAttribute>();
        increment = source.AddAttribute<IPositionIncrementAttribute>();
        length = source.AddAttribute<IPositionLengthAttribute>();
        type = source.AddAttribute<ITypeAttribute>();
        keyword = source.AddAttribute<IKeywordAttribute>();
    }

    public BufferedToken Capture() =>
        new(term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement, length.PositionLength, type.Type, keyword.IsKeyword);

    public void Restore(in BufferedToken token)
    {
        term.SetEmpty().Append(token.Term);
        offset.SetOffset(token.Start, token.End);
        increment.PositionIncrement = token.PositionIncrement;
        length.PositionLength = token.PositionLength;
        type.Type = token.Type;
        keyword.IsKeyword = token.Keyword;
    }
}
