using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Archive.Core.Search.Analysis;

/// <summary>
/// Lucene's German stop words and the same words typed without umlauts (fuer, ueber, waehrend, dass for daß). The German
/// chain removes stop words before <c>GermanNormalizationFilter</c> folds ü to u and ue to u, so an umlaut-free stop word
/// would otherwise stay a word of the query (fuer → fur) that no text has.
/// </summary>
public static class GermanStopWords
{
    public static CharArraySet WithUmlautFreeForms { get; } = Build();

    /// <summary>The word as typed on a keyboard without umlauts: ä → ae, ö → oe, ü → ue, ß → ss.</summary>
    public static string UmlautFree(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal);
    }

    private static CharArraySet Build()
    {
        var words = GermanAnalyzer.DefaultStopSet.Select(w => w?.ToString() ?? string.Empty).Where(w => w.Length > 0).ToList();
        var set = new CharArraySet(LuceneVersion.LUCENE_48, words.Count * 2, ignoreCase: true);
        foreach (var word in words)
        {
            set.Add(word);
            set.Add(UmlautFree(word));
        }

        return set.AsReadOnly();
    }
}
