using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Archive.Core.Search.Analysis;

/// <summary>
/// The analyzer for each language, one instance per language code and use (Lucene analyzers are thread-safe
/// to share). Persian gets <see cref="PersianAnalyzer"/> (pairs joined at index time only); en, de, fr, es, ar
/// get Lucene's stemming analyzers; any other code gets StandardAnalyzer without stop words.
/// </summary>
public sealed class AnalyzerRegistry : IDisposable
{
    /// <summary>
    /// Names every analysis chain. Change it whenever any chain changes (a rule, the folding table, the
    /// protected words, the Lucene version): an index built under another value must be rebuilt.
    /// </summary>
    public const string AnalysisVersion = "fa-3;en-1;de-1;fr-1;es-1;ar-1;std-1;lucene-4.8.0-beta00017";

    private static readonly LuceneVersion Lucene = LuceneVersion.LUCENE_48;

    private readonly ConcurrentDictionary<string, Analyzer> indexAnalyzers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Analyzer> queryAnalyzers = new(StringComparer.Ordinal);
    private volatile bool disposed;

    /// <summary>The analyzer for indexing text in <paramref name="languageCode"/> (e.g. "fa", "en", "fa-IR").</summary>
    public Analyzer ForIndex(string languageCode)
    {
        var code = Normalize(languageCode);
        return indexAnalyzers.GetOrAdd(code, static c => Create(c, index: true));
    }

    /// <summary>The analyzer for query text in <paramref name="languageCode"/>.</summary>
    public Analyzer ForQuery(string languageCode)
    {
        var code = Normalize(languageCode);
        return code == "fa"
            ? queryAnalyzers.GetOrAdd(code, static c => Create(c, index: false))
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

    /// <summary>The primary subtag, lower case: "fa-IR" → "fa".</summary>
    private string Normalize(string languageCode)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        ArgumentException.ThrowIfNullOrWhiteSpace(languageCode);
        var code = languageCode.Trim();
        var dash = code.IndexOfAny(['-', '_']);
        return (dash > 0 ? code[..dash] : code).ToLowerInvariant();
    }

    private static Analyzer Create(string code, bool index) => code switch
    {
        "fa" => new PersianAnalyzer(joinAdjacentWords: index),
        "en" => new EnglishAnalyzer(Lucene),
        "de" => new GermanAnalyzer(Lucene),
        "fr" => new FrenchAnalyzer(Lucene),
        "es" => new SpanishAnalyzer(Lucene),
        "ar" => new ArabicAnalyzer(Lucene),
        _ => new StandardAnalyzer(Lucene, CharArraySet.Empty),
    };
}
