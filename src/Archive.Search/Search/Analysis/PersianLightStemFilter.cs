using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Core.Search.Analysis;

/// <summary>
/// Applies a <see cref="LightStemmer"/> to each token not marked as a keyword. When a word (not a pair) is stemmed,
/// its surface form follows at the same position as a marked term (<see cref="SurfaceMarker"/> + surface), so that a
/// query can prefer the clause that prints exactly what was typed (رادیکال‌تر) over one that merely shares the stem.
/// </summary>
internal sealed class PersianLightStemFilter : TokenFilter
{
    /// <summary>Starts every surface-form term; the tokenizer never yields it, so no word collides with it.</summary>
    public const char SurfaceMarker = '=';

    public const string SurfaceType = "surface";

    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;
    private readonly ITypeAttribute type;
    private readonly LightStemmer stemmer;
    private readonly TokenAttributes attributes;
    private BufferedToken? pendingSurface;

    public PersianLightStemFilter(TokenStream input, LightStemmer stemmer)
        : base(input)
    {
        this.stemmer = stemmer;
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
        type = AddAttribute<ITypeAttribute>();
        attributes = new TokenAttributes(this);
    }

    public static bool IsSurface(string term) => term.Length > 1 && term[0] == SurfaceMarker;

    public override bool IncrementToken()
    {
        if (pendingSurface is { } surface)
        {
            attributes.Restore(surface);
            pendingSurface = null;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!keyword.IsKeyword && term.Length >= 3 && stemmer.MayHaveSuffix(term.Buffer[term.Length - 1]))
        {
            var text = term.ToString();
            var stem = stemmer.Stem(text);
            if (!string.Equals(stem, text, StringComparison.Ordinal))
            {
                if (type.Type != PersianWordPairFilter.PairType)
                {
                    // Plain values, not a captured state (which clones every attribute): see BufferedToken.
                    pendingSurface = attributes.Capture() with { Term = SurfaceMarker + text, PositionIncrement = 0, Type = SurfaceType };
                }

                term.SetEmpty().Append(stem);
            }
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        pendingSurface = null;
    }
}
