using System.Collections.Frozen;
using Lucene.Net.Analysis;

namespace Archive.Core.Search.Analysis;

/// <summary>
/// Joins affixes written apart (with a space, or a ZWNJ the char map turned into one) to their word, so that
/// the joined, half-spaced and spaced spellings give one term: a verb prefix token joins the next token
/// (می کنند → میکنند) and a plural or comparative suffix token joins the previous one
/// (خانواده های → خانوادههای, رادیکال تر → رادیکالتر). The joined token spans both parts' offsets.
/// Which tokens join was decided from the seed text; see docs/analysis.md.
/// </summary>
internal sealed class PersianAffixJoinFilter : TokenFilter
{
    /// <summary>Verb prefixes: every standalone می and نمی in the seed is one.</summary>
    private static readonly FrozenSet<string> Prefixes = FrozenSet.ToFrozenSet(["می", "نمی"], StringComparer.Ordinal);

    /// <summary>
    /// Suffixes that never stand alone as words in the seed (هایشان once, ی once: "ها ی"), with the other
    /// persons of هایشان. Not here: ای (indefinite or adjectival ending, also inside names: خامنه ای),
    /// ان (after folding, the pronoun آن), ات, اش, اند (pronoun and verb endings).
    /// </summary>
    private static readonly FrozenSet<string> Suffixes = FrozenSet.ToFrozenSet(
        ["ها", "های", "هایی", "هایشان", "هایمان", "هایتان", "ی", "تر", "ترین"], StringComparer.Ordinal);

    private readonly TokenAttributes attributes;
    private BufferedToken? lookahead;
    private bool exhausted;

    public PersianAffixJoinFilter(TokenStream input)
        : base(input)
    {
        attributes = new TokenAttributes(this);
    }

    public override bool IncrementToken()
    {
        if (!TryTake(out var token))
        {
            return false;
        }

        if (Prefixes.Contains(token.Term)
            && TryPeek(out var verb)
            && verb.PositionIncrement == 1
            && PersianScript.StartsWithLetter(verb.Term))
        {
            token = token.Join(verb);
            lookahead = null;
        }

        while (PersianScript.EndsWithLetter(token.Term)
            && TryPeek(out var suffix)
            && suffix.PositionIncrement == 1
            && Suffixes.Contains(suffix.Term))
        {
            token = token.Join(suffix);
            lookahead = null;
        }

        attributes.Restore(token);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        lookahead = null;
        exhausted = false;
    }

    private bool TryTake(out BufferedToken token)
    {
        if (TryPeek(out token))
        {
            lookahead = null;
            return true;
        }

        return false;
    }

    private bool TryPeek(out BufferedToken token)
    {
        if (lookahead is null && !exhausted)
        {
            if (m_input.IncrementToken())
            {
                lookahead = attributes.Capture();
            }
            else
            {
                exhausted = true;
            }
        }

        token = lookahead.GetValueOrDefault();
        return lookahead is not null;
    }
}
