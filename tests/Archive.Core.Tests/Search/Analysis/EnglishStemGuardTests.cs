using Archive.Core.Search.Analysis;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Tests.Search.Analysis;

public sealed class EnglishStemGuardTests
{
    private static readonly AnalyzerRegistry Registry = new(LanguageRulesRegistry.BuiltIn);

    [Theory]
    [InlineData("privatization", "privatisation")]
    [InlineData("privatizations", "privatisation")]
    [InlineData("privatized", "privatised")]
    [InlineData("organization", "organisation")]
    [InlineData("organizing", "organising")]
    [InlineData("recognizes", "recognises")]
    [InlineData("criminalization", "criminalisation")]
    [InlineData("realize", "realise")]
    [InlineData("analyzed", "analysed")]
    public void AmericanIzeForm_IsStemmedAsTheBritishSpellingTheTranslationsPrint(string american, string british) =>
        Assert.Equal(Term(british), Term(american));

    [Theory]
    [InlineData("privatization", "private")]
    [InlineData("privatisation", "private")]
    [InlineData("organization", "organs")]
    [InlineData("criminalization", "criminal")]
    [InlineData("humanity", "humane")]
    [InlineData("humanity", "human")]
    [InlineData("humane", "human")]
    [InlineData("university", "universal")]
    [InlineData("several", "severe")]
    [InlineData("resolute", "resolution")]
    [InlineData("morale", "morality")]
    [InlineData("publication", "public")]
    public void WordsOfDifferentMeaning_PorterWouldJoin_KeepStemsApart(string one, string other) =>
        Assert.NotEqual(Term(other), Term(one));

    [Theory]
    [InlineData("universities", "university")]
    [InlineData("humanities", "humanity")]
    [InlineData("publications", "publication")]
    [InlineData("resolutions", "resolution")]
    [InlineData("executions", "executed")]
    public void InflectedForms_StillMeetTheirWord(string inflected, string word) =>
        Assert.Equal(Term(word), Term(inflected));

    [Theory]
    [InlineData("seize", "seiz")]
    [InlineData("size", "size")]
    [InlineData("citizens", "citizen")]
    public void ShortWordsEndingInIze_AreLeftToPorter(string word, string stem) => Assert.Equal(stem, Term(word));

    [Fact]
    public void GuardedChain_StillDropsStopWordsAndPossessives()
    {
        var terms = TokenStreams.Analyze(Registry.ForQuery("en"), "text", "The regime's crimes against humanity").Select(t => t.Term);

        Assert.Equal(["regim", "crime", "against", "humanity"], terms);
    }

    private static string Term(string word) => Assert.Single(TokenStreams.Analyze(Registry.ForIndex("en"), "text", word)).Term;
}
