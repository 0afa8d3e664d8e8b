using Archive.Core.Search.Analysis;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Tests.Search.Analysis;

public sealed class GermanStopWordTests
{
    private static readonly AnalyzerRegistry Registry = new(LanguageRulesRegistry.BuiltIn);

    [Theory]
    [InlineData("Kopftuchverbot fuer Kinder", "Kopftuchverbot für Kinder")]
    [InlineData("Demonstration ueber Grenzen", "Demonstration über Grenzen")]
    [InlineData("Streik waehrend der Pandemie", "Streik während der Pandemie")]
    [InlineData("Sie koennen streiken", "Sie können streiken")]
    [InlineData("Sie wuerden streiken", "Sie würden streiken")]
    [InlineData("Er sagt, dass sie streiken", "Er sagt, daß sie streiken")]
    public void UmlautFreeStopWord_IsRemovedAsItsUmlautFormIs(string typed, string printed)
    {
        var analyzer = Registry.ForQuery("de");

        Assert.Equal(Terms(analyzer, printed), Terms(analyzer, typed));
    }

    [Fact]
    public void UmlautFreeFuer_LeavesNoWordBehind() =>
        Assert.Equal(["kopftuchverbot", "kind"], Terms(Registry.ForQuery("de"), "Kopftuchverbot fuer Kinder"));

    [Theory]
    [InlineData("Fuerst")]
    [InlineData("Ueberwachung")]
    [InlineData("Muetter")]
    public void WordsThatOnlyBeginLikeAStopWord_StayWords(string word) =>
        Assert.Single(Terms(Registry.ForQuery("de"), word));

    [Theory]
    [InlineData("für", "fuer")]
    [InlineData("über", "ueber")]
    [InlineData("während", "waehrend")]
    [InlineData("daß", "dass")]
    public void UmlautFree_WritesUmlautsAndSharpSAsTypedWithoutThem(string word, string typed) =>
        Assert.Equal(typed, GermanStopWords.UmlautFree(word));

    private static List<string> Terms(Lucene.Net.Analysis.Analyzer analyzer, string text) =>
        [.. TokenStreams.Analyze(analyzer, "text", text).Select(t => t.Term)];
}
