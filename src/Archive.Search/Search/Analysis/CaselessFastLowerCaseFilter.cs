using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Archive.Core.Search.Analysis;

/// <summary>
/// Lucene's LowerCaseFilter, with its result unchanged, but without its per-character culture call where no character
/// can change: ASCII letters are lowered here, and letters of scripts without case (the Arabic block and its
/// presentation forms, which is all of a folded Persian text) are left as they are. A token with any other character
/// goes through Lucene's own lower-casing, as before. Measured: the culture call per character was the largest single
/// cost of analysing a Persian text (docs/performance.md).
/// </summary>
internal sealed class CaselessFastLowerCaseFilter : TokenFilter
{
    private static readonly CharacterUtils Lucene = CharacterUtils.GetInstance(LuceneVersion.LUCENE_48);
    private readonly ICharTermAttribute term;

    public CaselessFastLowerCaseFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = term.Buffer;
        var length = term.Length;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c < 0x80)
            {
                if (c is >= 'A' and <= 'Z')
                {
                    buffer[i] = (char)(c + ('a' - 'A'));
                }
            }
            else if (!IsCaseless(c))
            {
                Lucene.ToLower(buffer, i, length - i); // from i to the end of the token
                break;
            }
        }

        return true;
    }

    /// <summary>Characters Unicode gives no case mapping: the Arabic blocks and presentation forms, the joiners.</summary>
    internal static bool IsCaseless(char c) =>
        c is (>= '\u0600' and <= '\u08FF') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF') or '\u200C' or '\u200D';
}
