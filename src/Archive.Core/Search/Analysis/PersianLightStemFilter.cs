using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Core.Search.Analysis;

/// <summary>Applies <see cref="PersianLightStemmer"/> to each token not marked as a keyword.</summary>
internal sealed class PersianLightStemFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;

    public PersianLightStemFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!keyword.IsKeyword && term.Length >= 3 && PersianLightStemmer.MayHaveSuffix(term.Buffer[term.Length - 1]))
        {
            var text = term.ToString();
            var stem = PersianLightStemmer.Stem(text);
            if (!string.Equals(stem, text, StringComparison.Ordinal))
            {
                term.SetEmpty().Append(stem);
            }
        }

        return true;
    }
}
