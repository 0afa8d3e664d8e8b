using Archive.Core.Texts.Languages;
using Lucene.Net.Analysis;

namespace Archive.Core.Search.Analysis;

/// <summary>
/// Joins affixes written apart (with a space, or a ZWNJ the char map turned into one) to their word, so that
/// the joined, half-spaced and spaced spellings give one term: a verb prefix token joins the next token
/// (می کنند → میکنند) and a plural or comparative suffix token joins the previous one
/// (خانواده های → خانوادههای, رادیکال تر → رادیکالتر). The joined token spans both parts' offsets.
/// Which tokens join is the language's <see cref="LanguageRules.DetachedPrefixes"/> and <see cref="LanguageRules.DetachedSuffixes"/>.
/// </summary>
internal sealed class PersianAffixJoinFilter : TokenFilter
{
    private readonly LanguageRules rules;
    private readonly TokenAttributes attributes;
    private BufferedToken? lookahead;
    private bool exhausted;

    public PersianAffixJoinFilter(TokenStream input, LanguageRules rules)
        : base(input)
    {
        this.rules = rules;
        attributes = new TokenAttributes(this);
    }

    public override bool IncrementToken()
    {
        if (!TryTake(out var token))
        {
            return false;
        }

        if (rules.DetachedPrefixes.Contains(token.Term)
            && TryPeek(out var verb)
            && verb.PositionIncrement == 1
            && rules.StartsWithLetter(verb.Term))
        {
            token = token.Join(verb);
            lookahead = null;
        }

        while (rules.EndsWithLetter(token.Term)
            && TryPeek(out var suffix)
            && suffix.PositionIncrement == 1
            && rules.DetachedSuffixes.Contains(suffix.Term))
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
