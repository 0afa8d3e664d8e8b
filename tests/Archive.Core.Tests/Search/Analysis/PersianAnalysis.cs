using Archive.Core.Search.Analysis;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Tests.Search.Analysis;

/// <summary>The two Persian analyzers under test and short ways to read their output.</summary>
internal static class PersianAnalysis
{
    public const string Field = "text";

    /// <summary>Index time: adjacent words also joined.</summary>
    public static PersianAnalyzer Index { get; } = new(PersianRules.Instance, joinAdjacentWords: true);

    /// <summary>Query time: words only.</summary>
    public static PersianAnalyzer Query { get; } = new(PersianRules.Instance, joinAdjacentWords: false);

    /// <summary>Index-time tokens that match words: every term but the marked surface forms of stemmed words.</summary>
    public static IReadOnlyList<AnalyzedToken> IndexTokens(string text) =>
        [.. TokenStreams.Analyze(Index, Field, text).Where(t => !PersianLightStemFilter.IsSurface(t.Term))];

    /// <summary>Query-time tokens that match words (without the marked surface forms).</summary>
    public static IReadOnlyList<AnalyzedToken> QueryTokens(string text) =>
        [.. TokenStreams.Analyze(Query, Field, text).Where(t => !PersianLightStemFilter.IsSurface(t.Term))];

    /// <summary>The marked surface forms the chain adds after each stemmed word (=رادیکالتر after رادیکال).</summary>
    public static string[] SurfaceTerms(string text) =>
        [.. TokenStreams.Analyze(Index, Field, text).Where(t => PersianLightStemFilter.IsSurface(t.Term)).Select(t => t.Term)];

    /// <summary>The query-time terms, in order.</summary>
    public static string[] Terms(string text) => [.. QueryTokens(text).Select(t => t.Term)];

    /// <summary>The index-time joined pair terms (position increment 0).</summary>
    public static string[] PairTerms(string text) =>
        [.. IndexTokens(text).Where(t => t.PositionIncrement == 0).Select(t => t.Term)];

    /// <summary>The original text each query-time token points at.</summary>
    public static string[] Surfaces(string text) => [.. QueryTokens(text).Select(t => text[t.Start..t.End])];

    /// <summary>
    /// Whether a search for <paramref name="query"/> finds <paramref name="text"/>, with the query built as the
    /// query builder should: the query words as a phrase, or else (two or more words) any joined pair term
    /// that analysing the query with the index analyzer gives.
    /// </summary>
    public static bool Meets(string text, string query)
    {
        var positions = new List<HashSet<string>>();
        foreach (var token in IndexTokens(text))
        {
            if (token.PositionIncrement > 0)
            {
                positions.Add(new HashSet<string>(StringComparer.Ordinal));
            }

            positions[^1].Add(token.Term);
        }

        var words = Terms(query);
        var phrase = Enumerable.Range(0, Math.Max(0, positions.Count - words.Length + 1))
            .Any(p => words.Select((w, i) => positions[p + i].Contains(w)).All(found => found));
        var indexed = positions.SelectMany(p => p).ToHashSet(StringComparer.Ordinal);
        return phrase || PairTerms(query).Any(indexed.Contains);
    }
}
