using Archive.Core.Search;
using Archive.Core.Search.Analysis;
using Archive.Core.Search.Queries;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Tests.Search.Queries;

/// <summary>Readers' queries and the Lucene query built for them over the original's and the translations' text fields.</summary>
public sealed class LuceneQueryBuilderTests : IDisposable
{
    private readonly AnalyzerRegistry _analyzers = new(LanguageRulesRegistry.BuiltIn);

    [Theory]
    [InlineData("execution", "en", "+(text_en:execut)")]
    [InlineData("Executions", "en", "+(text_en:execut)")]
    [InlineData("\"death penalty\"", "en", "+(text_en:\"death penalti\")")]
    [InlineData("execution -children", "en", "+(text_en:execut) -(text_en:children)")]
    [InlineData("strike OR Streik", "en,de", "+(text_en:strike text_de:strik text_en:streik text_de:streik)")]
    [InlineData("Frauen", "de", "+(text_de:frau)")]
    [InlineData("labo*", "en", "+(text_en:labo*)")]
    public void AQuery_IsBuiltOverTheFieldsOfTheChosenLanguages(string query, string languages, string expected)
    {
        var (built, _) = new LuceneQueryBuilder(_analyzers).Build(SearchQueryParser.Parse(query), languages.Split(','));
        Assert.Equal(expected, built.ToString());
    }

    [Theory]
    [InlineData("the", "en")]
    [InlineData("the and of", "en")]
    [InlineData("- , .", "en")]
    public void AQueryOfOnlyCommonWordsOrPunctuation_IsRefusedAsHavingNothingToSearch(string query, string language) =>
        Assert.Equal(SearchQueryError.NoSearchableWord, Assert.Throws<SearchQueryException>(() =>
            new LuceneQueryBuilder(_analyzers).Build(SearchQueryParser.Parse(query), [language])).Error);

    [Fact]
    public void APersianWord_IsSearchedInEverySpellingTheChainFolds()
    {
        var (arabicLetters, _) = new LuceneQueryBuilder(_analyzers).Build(SearchQueryParser.Parse("كارگران"), ["fa"]);
        var (persianLetters, _) = new LuceneQueryBuilder(_analyzers).Build(SearchQueryParser.Parse("کارگران"), ["fa"]);
        Assert.Equal(persianLetters.ToString(), arabicLetters.ToString());
        Assert.Contains("text_fa:", persianLetters.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheWordsSearchedFor_AreWhatTheSnippetMarks()
    {
        var (_, highlights) = new LuceneQueryBuilder(_analyzers).Build(SearchQueryParser.Parse("execution labo*"), ["en"]);
        Assert.True(highlights.Matches("text_en", "execut"));
        Assert.True(highlights.Matches("text_en", "labour"));
        Assert.False(highlights.Matches("text_en", "prison"));
        Assert.False(highlights.Matches("text_de", "execut"));
    }

    public void Dispose() => _analyzers.Dispose();
}
