using System.Security.Cryptography;
using System.Text;
using Archive.Core.Search.Analysis;
using Archive.Core.Texts;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Standard;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Tests.Search.Analysis;

public class AnalyzerRegistryTests
{
    /// <summary>
    /// SHA-256 of the folding table (without the presentation forms, which come from the platform's Unicode
    /// data), the protected words and the analysis of the seed at both times.
    /// When this test fails the chain's output changed: bump <see cref="AnalyzerRegistry.AnalysisVersion"/>
    /// (indexes must be rebuilt) and then update both constants here.
    /// </summary>
    private const string PinnedVersion = "fa-4;en-2;de-2;fr-1;es-1;ar-1;std-1;lucene-4.8.0-beta00017";
    private const string PinnedFingerprint = "25e42fdb6bf4eee160e8478a6563dcc3ee0f7bbde4048f56f1a0f81cc63efd50";

    [Theory]
    [InlineData("en", typeof(EnglishSearchAnalyzer))]
    [InlineData("EN", typeof(EnglishSearchAnalyzer))]
    [InlineData("de", typeof(GermanAnalyzer))]
    [InlineData("fr", typeof(FrenchAnalyzer))]
    [InlineData("es", typeof(SpanishAnalyzer))]
    [InlineData("ar", typeof(ArabicAnalyzer))]
    [InlineData("it", typeof(StandardAnalyzer))]
    [InlineData("fa", typeof(PersianAnalyzer))]
    [InlineData("fa-IR", typeof(PersianAnalyzer))]
    public void ForIndex_LanguageCode_GetsItsAnalyzer(string code, Type expected)
    {
        using var registry = new AnalyzerRegistry(LanguageRulesRegistry.BuiltIn);

        Assert.IsType(expected, registry.ForIndex(code));
        Assert.IsType(expected, registry.ForQuery(code));
    }

    [Fact]
    public void ForIndexAndForQuery_Persian_JoinPairsOnlyAtIndexTime()
    {
        using var registry = new AnalyzerRegistry(LanguageRulesRegistry.BuiltIn);

        Assert.True(Assert.IsType<PersianAnalyzer>(registry.ForIndex("fa")).JoinAdjacentWords);
        Assert.False(Assert.IsType<PersianAnalyzer>(registry.ForQuery("fa")).JoinAdjacentWords);
    }

    [Fact]
    public void ForIndex_SameCode_ReturnsTheCachedAnalyzer()
    {
        using var registry = new AnalyzerRegistry(LanguageRulesRegistry.BuiltIn);

        Assert.Same(registry.ForIndex("fa"), registry.ForIndex("fa-IR"));
        Assert.Same(registry.ForQuery("fa"), registry.ForQuery("fa"));
        Assert.Same(registry.ForIndex("en"), registry.ForQuery("en"));
    }

    [Fact]
    public void ForQuery_English_StemsWithPorterAndDropsStopWords()
    {
        using var registry = new AnalyzerRegistry(LanguageRulesRegistry.BuiltIn);

        var tokens = TokenStreams.Analyze(registry.ForQuery("en"), "text", "The Resolutions");

        Assert.Equal([new AnalyzedToken("resolut", 4, 15, 2)], tokens);
    }

    [Fact]
    public void ForIndex_UnknownLanguage_KeepsEveryWord()
    {
        using var registry = new AnalyzerRegistry(LanguageRulesRegistry.BuiltIn);

        var terms = TokenStreams.Analyze(registry.ForIndex("it"), "text", "Il lavoro e la libertà").Select(t => t.Term);

        Assert.Equal(["il", "lavoro", "e", "la", "libertà"], terms);
    }

    [Fact]
    public void ForIndex_AfterDispose_Throws()
    {
        var registry = new AnalyzerRegistry(LanguageRulesRegistry.BuiltIn);
        registry.ForIndex("fa");
        registry.Dispose();

        Assert.Throws<ObjectDisposedException>(() => registry.ForIndex("fa"));
    }

    [Fact]
    public void AnalysisVersion_PinsTheChainsBehaviour()
    {
        var text = new StringBuilder();
        foreach (var (from, to) in PersianRules.Instance.SearchFolding.Where(e => e.Key < '\uFB50').OrderBy(e => e.Key))
        {
            text.Append(from).Append('→').Append(to).Append('\n');
        }

        text.AppendJoin('\n', PersianRules.Instance.ProtectedWords.Order(StringComparer.Ordinal)).Append('\n');
        text.AppendJoin('\n', PersianRules.Instance.CommonWords.Order(StringComparer.Ordinal)).Append('\n'); // the index's grams
        foreach (var t in TokenStreams.Analyze(PersianAnalysis.Index, PersianAnalysis.Field, RepositoryFiles.SeedText)
            .Concat(TokenStreams.Analyze(PersianAnalysis.Query, PersianAnalysis.Field, RepositoryFiles.SeedText)))
        {
            text.Append(t.Term).Append(' ').Append(t.Start).Append(' ').Append(t.End).Append(' ').Append(t.PositionIncrement).Append('\n');
        }

        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));

        Assert.Equal(PinnedVersion, AnalyzerRegistry.AnalysisVersion);
        Assert.True(PinnedFingerprint == fingerprint, $"The chains' output changed (fingerprint {fingerprint}): bump AnalyzerRegistry.AnalysisVersion and pin both here.");
    }
}
