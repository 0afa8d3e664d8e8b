using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Core.Search.Analysis;

/// <summary>
/// Runs just before the Porter stemmer: a word of <see cref="EnglishStemGuards.Overrides"/> becomes its own stem and is
/// marked as a keyword (Porter leaves it), an American -ize or -yze form takes its British spelling (Porter then stems it
/// as the translations' word).
/// </summary>
internal sealed class EnglishStemGuardFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;

    public EnglishStemGuardFilter(TokenStream input)
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

        if (keyword.IsKeyword || term.Length < 5)
        {
            return true;
        }

        var text = term.ToString();
        if (EnglishStemGuards.Overrides.TryGetValue(text, out var stem))
        {
            term.SetEmpty().Append(stem);
            keyword.IsKeyword = true;
        }
        else if (EnglishStemGuards.BritishSpelling(text) is { } british)
        {
            term.SetEmpty().Append(british);
        }

        return true;
    }
}
