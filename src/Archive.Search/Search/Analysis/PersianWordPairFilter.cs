using Archive.Core.Texts.Languages;
using Lucene.Net.Analysis;

namespace Archive.Core.Search.Analysis;

/// <summary>
/// Index-time only: after each Persian word that is followed by another, also emits the two words joined
/// with no separator, at the first word's position (increment 0, position length 2) with offsets spanning
/// both. Single letters (و) and non-Persian tokens are not paired. A text that spaces a compound
/// (خصوصی سازی) thus also holds the joined term (خصوصیسازی) that the joined spelling gives.
/// Runs before the stemmer, so the pair is stemmed like the joined word would be.
/// </summary>
internal sealed class PersianWordPairFilter : TokenFilter
{
    /// <summary>The token type of a joined pair, as Lucene's ShingleFilter names it.</summary>
    public const string PairType = "shingle";

    private readonly TokenAttributes attributes;
    private readonly LanguageRules rules;
    private BufferedToken? current;
    private BufferedToken? lookahead;
    private bool pairPending;
    private bool exhausted;

    public PersianWordPairFilter(TokenStream input, LanguageRules rules)
        : base(input)
    {
        this.rules = rules;
        attributes = new TokenAttributes(this);
    }

    public override bool IncrementToken()
    {
        if (pairPending && current is { } first && lookahead is { } second)
        {
            pairPending = false;
            attributes.Restore(first.Join(second) with { PositionIncrement = 0, PositionLength = 2, Type = PairType });
            return true;
        }

        BufferedToken token;
        if (lookahead is { } next)
        {
            token = next;
            lookahead = null;
        }
        else if (!TryRead(out token))
        {
            return false;
        }

        if (TryRead(out var following))
        {
            lookahead = following;
        }

        current = token;
        pairPending = lookahead is { } la
            && la.PositionIncrement == 1
            && IsPairPart(token.Term)
            && IsPairPart(la.Term);
        attributes.Restore(token);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        current = null;
        lookahead = null;
        pairPending = false;
        exhausted = false;
    }

    /// <summary>Persian words of two letters or more: no pairs with و, numbers or Latin words.</summary>
    private bool IsPairPart(string word) => word.Length >= 2 && rules.IsWord(word);

    private bool TryRead(out BufferedToken token)
    {
        if (!exhausted && m_input.IncrementToken())
        {
            token = attributes.Capture();
            return true;
        }

        exhausted = true;
        token = default;
        return false;
    }
}
