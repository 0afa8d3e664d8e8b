using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Core.Search;

/// <summary>
/// The tokens of a concept field: each stamped concept id, then <see cref="SearchFields.ConceptFiller"/> until the field has
/// as many tokens as its text has words, so that BM25 normalises a concept match by the length of the text that names it
/// (a short clause or a title above a long clause that names the concept in passing), exactly as it does a word of the text.
/// </summary>
internal sealed class ConceptTokenStream : TokenStream
{
    private readonly IReadOnlyList<string> _concepts;
    private readonly int _length;
    private readonly ICharTermAttribute _term;
    private int _next;

    public ConceptTokenStream(StampedConcepts stamped)
    {
        ArgumentNullException.ThrowIfNull(stamped);
        _concepts = stamped.Concepts;
        _length = Math.Max(stamped.Words, stamped.Concepts.Count);
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next >= _length)
        {
            return false;
        }

        ClearAttributes();
        _term.SetEmpty().Append(_next < _concepts.Count ? _concepts[_next] : SearchFields.ConceptFiller);
        _next++;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
