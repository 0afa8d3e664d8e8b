using Archive.Core.Search.Analysis;

namespace Archive.Core.Search.Expansion;

/// <summary>
/// An analysed text by position: the tokens at each position (several where pair terms or surface forms stand at
/// increment 0, none where a stop word was removed), read in place from the token list without copying.
/// </summary>
internal sealed class TokenPositions
{
    private readonly IReadOnlyList<AnalyzedToken> _tokens;

    /// <summary>The index of the first token of each position; one entry more, the end.</summary>
    private readonly List<int> _starts = [];

    public TokenPositions(IReadOnlyList<AnalyzedToken> tokens)
    {
        _tokens = tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            Words += tokens[i].PositionIncrement > 0 ? 1 : 0;
            for (var step = 0; step < tokens[i].PositionIncrement || _starts.Count == 0; step++)
            {
                _starts.Add(i);
            }
        }

        _starts.Add(tokens.Count);
    }

    /// <summary>How many positions the text has.</summary>
    public int Count => _starts.Count - 1;

    /// <summary>The number of words as BM25 counts them: tokens that advance the position.</summary>
    public int Words { get; }

    /// <summary>The distinct terms at <paramref name="position"/> (a term and its surface form may be the same term).</summary>
    public IEnumerable<string> At(int position)
    {
        var start = _starts[position];
        for (var i = start; i < _starts[position + 1]; i++)
        {
            if (!Has(start, i, _tokens[i].Term))
            {
                yield return _tokens[i].Term;
            }
        }
    }

    /// <summary>Whether <paramref name="term"/> stands at <paramref name="position"/> (false past the end).</summary>
    public bool Has(int position, string term)
    {
        if (position >= Count)
        {
            return false;
        }

        return Has(_starts[position], _starts[position + 1], term);
    }

    /// <summary>Whether a token from <paramref name="start"/> up to <paramref name="end"/> (exclusive) has <paramref name="term"/>.</summary>
    private bool Has(int start, int end, string term)
    {
        for (var i = start; i < end; i++)
        {
            if (string.Equals(_tokens[i].Term, term, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
