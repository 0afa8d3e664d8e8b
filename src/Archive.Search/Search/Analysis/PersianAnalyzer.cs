using Archive.Core.Texts.Languages;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Archive.Core.Search.Analysis;

/// <summary>
/// The Persian analysis chain, its data all from the language's rules (<see cref="PersianRules"/>): character folding
/// (<see cref="LanguageRules.WordFolding"/>: search folding, ZWNJ → space)
/// → StandardTokenizer → lower case → letters and digits typed together split → detached affixes joined
/// → (index time) adjacent words also joined
/// → light stemming. No stop words: BM25 weighs frequent words down, and removing them would leave
/// position gaps between the words a compound or a phrase needs. See docs/analysis.md.
/// </summary>
public sealed class PersianAnalyzer : Analyzer
{
    private readonly Lucene.Net.Analysis.CharFilters.NormalizeCharMap charMap;
    private readonly LightStemmer stemmer;

    /// <param name="joinAdjacentWords">
    /// True at index time: each pair of adjacent Persian words is also indexed as one joined term, at the first
    /// word's position, so that a joined query (خصوصیسازی) finds the spaced text (خصوصی سازی). False at query time.
    /// </param>
    public PersianAnalyzer(LanguageRules rules, bool joinAdjacentWords)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
        JoinAdjacentWords = joinAdjacentWords;
        charMap = FoldingCharMap.Build(rules);
        stemmer = new LightStemmer(rules);
    }

    public LanguageRules Rules { get; }

    /// <summary>Whether adjacent words are also emitted joined (index time).</summary>
    public bool JoinAdjacentWords { get; }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new MappingCharFilter(charMap, reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new CaselessFastLowerCaseFilter(tokenizer);
        stream = new PersianDigitSplitFilter(stream, Rules);
        stream = new PersianAffixJoinFilter(stream, Rules);
        if (JoinAdjacentWords)
        {
            stream = new PersianWordPairFilter(stream, Rules);
        }

        stream = new PersianLightStemFilter(stream, stemmer);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
