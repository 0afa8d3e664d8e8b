using Archive.Core.Search;
using Archive.Core.Search.Analysis;
using Archive.Core.Search.Queries;
using Archive.Core.Tests.Search.Analysis;
using Archive.Core.Texts.Languages;

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

    /// <summary>
    /// The words of a query term of several words — a concept's label, as <c>ConceptQueries</c> marks it, or a quoted
    /// phrase — are marked where they stand together, not one by one wherever each occurs ("other", "people"). Texts from
    /// the English translation of resolutions 14 and 20.
    /// </summary>
    [Theory]
    [InlineData("en", "rainbow people", QueryTermKind.Word,
        "In Iran innocent people, that is political opponents, atheists, homosexuals and others, are executed.", null)]
    [InlineData("en", "rainbow people", QueryTermKind.Word,
        "In the Islamic Republic, rainbow people, that is, homosexuals, are among the citizens with the fewest rights; other people too.",
        "In the Islamic Republic, <mark>rainbow</mark> <mark>people</mark>, that is, homosexuals, are among the citizens with the fewest rights; other people too.")]
    [InlineData("en", "genders other than woman and man", QueryTermKind.Word,
        "The Party recognises genders other than woman and man, and no other gender than that is asked of anyone.",
        "The Party recognises <mark>genders</mark> <mark>other</mark> <mark>than</mark> <mark>woman</mark> and <mark>man</mark>, and no other gender than that is asked of anyone.")]
    [InlineData("fa", "جمهوری اسلامی", QueryTermKind.Phrase,
        "سرنگونی جمهوری اسلامی و شوراهای اسلامی",
        "سرنگونی <mark>جمهوری</mark> <mark>اسلامی</mark> و شوراهای اسلامی")]
    public void TheWordsOfATermOfSeveralWords_AreMarkedOnlyWhereTheyStandTogether(string language, string words, QueryTermKind kind, string text, string? expected)
    {
        using var analyzers = new AnalyzerRegistry(LanguageRulesRegistry.BuiltIn);
        var field = SearchFields.Text(language);
        var highlights = new LuceneQueryBuilder(analyzers).Build(new ParsedQuery([new QueryClause([new QueryTerm(kind, words)], false)]), [language]).Highlights;

        var matched = SnippetBuilder.TryBuild(text, analyzers.ForIndex(language), field, highlights, out var snippet);

        Assert.Equal(expected is not null, matched);
        Assert.Equal(expected ?? text, snippet);
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
