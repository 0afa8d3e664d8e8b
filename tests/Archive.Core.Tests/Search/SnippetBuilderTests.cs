using Archive.Core.Search;
using Archive.Core.Search.Queries;
using Archive.Core.Tests.Search.Analysis;

namespace Archive.Core.Tests.Search;

/// <summary>Snippets of real clause text around what a reader searched for: marked in the original spelling, encoded, windowed.</summary>
public sealed class SnippetBuilderTests
{
    [Theory]
    [InlineData("لغو فوری مجازات اعدام", "اعدام", "لغو فوری مجازات <mark>اعدام</mark>")]
    [InlineData("آزادی بی قید و شرط زندانیان سیاسی", "زندانیان", "آزادی بی قید و شرط <mark>زندانیان</mark> سیاسی")]
    [InlineData("دفاع از حقوق كارگران", "کارگران", "دفاع از حقوق <mark>كارگران</mark>")]
    [InlineData("اعدام و اعدام", "اعدام", "<mark>اعدام</mark> و <mark>اعدام</mark>")]
    [InlineData("<b>اعدام</b> & \"کودکان\"", "اعدام", "&lt;b&gt;<mark>اعدام</mark>&lt;/b&gt; &amp; &quot;کودکان&quot;")]
    public void TheWordsSearchedFor_AreMarkedInTheTextAsPrinted(string text, string query, string expected)
    {
        Assert.True(SnippetBuilder.TryBuild(text, PersianAnalysis.Index, PersianAnalysis.Field, Highlights(query), out var snippet));
        Assert.Equal(expected, snippet);
    }

    [Fact]
    public void AMatchFarIntoALongClause_IsShownInAWindowWithEllipses()
    {
        var filler = string.Join(' ', Enumerable.Repeat("کارگران", 80));
        var text = filler + " اعدام " + filler;
        Assert.True(SnippetBuilder.TryBuild(text, PersianAnalysis.Index, PersianAnalysis.Field, Highlights("اعدام"), out var snippet));
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>اعدام</mark>", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length <= SnippetBuilder.Window + "<mark></mark>".Length + 2, $"snippet of {snippet.Length} characters");
    }

    [Fact]
    public void ATextWithoutTheWord_GivesItsStartAndSaysNothingMatched()
    {
        Assert.False(SnippetBuilder.TryBuild("آزادی بیان", PersianAnalysis.Index, PersianAnalysis.Field, Highlights("اعدام"), out var snippet));
        Assert.Equal("آزادی بیان", snippet);
    }

    private static HighlightTerms Highlights(string query)
    {
        var highlights = new HighlightTerms();
        foreach (var term in PersianAnalysis.Terms(query))
        {
            highlights.AddTerm(PersianAnalysis.Field, term);
        }

        return highlights;
    }
}
