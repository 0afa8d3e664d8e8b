using System.Collections.Concurrent;
using Archive.Core.Texts.Languages;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Archive.Core.Search.Analysis;

/// <summary>
/// The analyzer for each language, one instance per language code and use (Lucene analyzers are thread-safe
/// to share). A language whose rules have a search chain of their own (Persian) gets <see cref="PersianAnalyzer"/>
/// over those rules (pairs joined at index time only); en gets <see cref="EnglishSearchAnalyzer"/> (Porter, guarded), de
/// Lucene's GermanAnalyzer with <see cref="GermanStopWords"/>, fr, es, ar Lucene's stemming analyzers; any other
/// code gets StandardAnalyzer without stop words.
/// </summary>
public sealed class AnalyzerRegistry(LanguageRulesRegistry languages) : IDisposable
{
    /// <summary>
    /// Names every analysis chain. Change it whenever any chain changes (a rule, the folding table, the
    /// protected words, the Lucene version): an index built under another value must be rebuilt.
    /// </summary>
    public const string AnalysisVersion = "fa-4;en-2;de-2;fr-1;es-1;ar-1;std-1;lucene-4.8.0-beta00017";

    private static readonly LuceneVersion Lucene = LuceneVersion.LUCENE_48;

    private readonly ConcurrentDictionary<string, Analyzer> indexAnalyzers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Analyzer> queryAnalyzers = new(StringComparer.Ordinal);
    private volatile bool disposed;

    /// <summary>The analyzer for indexing text in <paramref name="languageCode"/> (a language code, any region: en, en-GB).</summary>
    public Analyzer ForIndex(string languageCode)
    {
        var code = Normalize(languageCode);
        return indexAnalyzers.GetOrAdd(code, c => Create(c, index: true));
    }

    /// <summary>The rules of <paramref name="languageCode"/>'s language, which the query builder also uses.</summary>
    public LanguageRules Rules(string languageCode) => languages.For(Normalize(languageCode));

    /// <summary>The analyzer for query text in <paramref name="languageCode"/>.</summary>
    public Analyzer ForQuery(string languageCode)
    {
        var code = Normalize(languageCode);
        return languages.For(code).HasSearchChain
            ? queryAnalyzers.GetOrAdd(code, c => Create(c, index: false))
            : ForIndex(code);
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        foreach (var analyzer in indexAnalyzers.Values.Concat(queryAnalyzers.Values))
        {
            analyzer.Dispose();
        }

        indexAnalyzers.Clear();
        queryAnalyzers.Clear();
    }

    private string Normalize(string languageCode)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return LanguageRulesRegistry.PrimarySubtag(languageCode);
    }

    private Analyzer Create(string code, bool index) => languages.For(code) is { HasSearchChain: true } rules
        ? new PersianAnalyzer(rules, joinAdjacentWords: index)
        : code switch
        {
            "en" => new EnglishSearchAnalyzer(),
            "de" => new GermanAnalyzer(Lucene, GermanStopWords.WithUmlautFreeForms),
            "fr" => new FrenchAnalyzer(Lucene),
            "es" => new SpanishAnalyzer(Lucene),
            "ar" => new ArabicAnalyzer(Lucene),
            _ => new StandardAnalyzer(Lucene, CharArraySet.Empty),
        };
}
