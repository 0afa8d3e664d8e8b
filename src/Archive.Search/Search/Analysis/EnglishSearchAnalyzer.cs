using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Archive.Core.Search.Analysis;

/// <summary>
/// Lucene's EnglishAnalyzer chain (StandardTokenizer → possessive 's removed → lower case → English stop words → Porter)
/// with <see cref="EnglishStemGuardFilter"/> before the stemmer: American -ize spellings stem as the British -ise ones, and
/// the words of <see cref="EnglishStemGuards.Overrides"/> keep a stem apart from words of another meaning.
/// </summary>
public sealed class EnglishSearchAnalyzer() : StopwordAnalyzerBase(Lucene, EnglishAnalyzer.DefaultStopSet)
{
    private static readonly LuceneVersion Lucene = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Lucene, reader);
        TokenStream result = new StandardFilter(Lucene, source);
        result = new EnglishPossessiveFilter(Lucene, result);
        result = new CaselessFastLowerCaseFilter(result);
        result = new StopFilter(Lucene, result, m_stopwords);
        result = new EnglishStemGuardFilter(result);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
