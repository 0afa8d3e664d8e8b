using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Archive.Core.Search.Analysis;

/// <summary>
/// The Persian analysis chain: character folding (<see cref="Texts.PersianText.SearchFolding"/>, ZWNJ → space)
/// → StandardTokenizer → lower case → letters and digits typed together split → detached affixes joined
/// → (index time) adjacent words also joined
/// → light stemming. No stop words: BM25 weighs frequent words down, and removing them would leave
/// position gaps between the words a compound or a phrase needs. See docs/analysis.md.
/// </summary>
public sealed class PersianAnalyzer : Analyzer
{
    /// <param name="joinAdjacentWords">
    /// True at index time: each pair of adjacent Persian words is also indexed as one joined term, at the first
    /// word's position, so that a joined query (خصوصیسازی) finds the spaced text (خصوصی سازی). False at query time.
    /// </param>
    public PersianAnalyzer(bool joinAdjacentWords)
    {
        JoinAdjacentWords = joinAdjacentWords;
    }

    /// <summary>Whether adjacent words are also emitted joined (index time).</summary>
    public bool JoinAdjacentWords { get; }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new MappingCharFilter(PersianCharMap.Instance, reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
        stream = new PersianDigitSplitFilter(stream);
        stream = new PersianAffixJoinFilter(stream);
        if (JoinAdjacentWords)
        {
            stream = new PersianWordPairFilter(stream);
        }

        stream = new PersianLightStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
