using Archive.Core.Search;
using Archive.Core.Search.Queries;

namespace Archive.Core.Tests.Search.Queries;

/// <summary>Queries as readers type them into the search box, and what the parser reads in them.</summary>
public sealed class SearchQueryParserTests
{
    [Theory]
    [InlineData("اعدام", "word:اعدام")]
    [InlineData("  اعدام  کودکان ", "word:اعدام word:کودکان")]
    [InlineData("کارتون خواب‌ها", "word:کارتون word:خواب‌ها")]
    [InlineData("\"حجاب اجباری\"", "phrase:حجاب اجباری")]
    [InlineData("“حجاب اجباری”", "phrase:حجاب اجباری")]
    [InlineData("\" آزادی بیان \" زندانیان", "phrase:آزادی بیان word:زندانیان")]
    [InlineData("اعتصاب*", "prefix:اعتصاب")]
    [InlineData("labo*", "prefix:labo")]
    [InlineData("اعدام -کودکان", "word:اعدام -word:کودکان")]
    [InlineData("execution -\"death penalty\"", "word:execution -phrase:death penalty")]
    [InlineData("اعدام OR execution", "word:اعدام|word:execution")]
    [InlineData("strike OR Streik OR اعتصاب", "word:strike|word:Streik|word:اعتصاب")]
    [InlineData("women or children", "word:women word:or word:children")]
    [InlineData("LGBTQ+ rights", "word:LGBTQ+ word:rights")]
    [InlineData("Kolbar-Träger", "word:Kolbar-Träger")]
    [InlineData("1357", "word:1357")]
    [InlineData("۱۳۵۷", "word:۱۳۵۷")]
    [InlineData("a - b", "word:a word:- word:b")]
    [InlineData("\"\" اعدام", "word:اعدام")]
    [InlineData("tab\there", "word:tab word:here")]
    public void AQuery_IsReadAsTheReaderMeantIt(string query, string expected) =>
        Assert.Equal(expected, Describe(SearchQueryParser.Parse(query)));

    [Theory]
    [InlineData(null, SearchQueryError.Empty)]
    [InlineData("", SearchQueryError.Empty)]
    [InlineData("   ", SearchQueryError.Empty)]
    [InlineData("\"حجاب اجباری", SearchQueryError.UnclosedPhrase)]
    [InlineData("OR اعدام", SearchQueryError.MisplacedOr)]
    [InlineData("اعدام OR", SearchQueryError.MisplacedOr)]
    [InlineData("اعدام OR OR execution", SearchQueryError.MisplacedOr)]
    [InlineData("-اعدام OR execution", SearchQueryError.MisplacedOr)]
    [InlineData("اعدام OR -execution", SearchQueryError.OrBeforeExcluded)]
    [InlineData("-اعدام", SearchQueryError.OnlyExcluded)]
    [InlineData("-اعدام -\"حجاب اجباری\"", SearchQueryError.OnlyExcluded)]
    [InlineData("ا*", SearchQueryError.PrefixTooShort)]
    [InlineData("*", SearchQueryError.PrefixTooShort)]
    [InlineData("ex*cution", SearchQueryError.StarInsideWord)]
    [InlineData("اعدام\u0000", SearchQueryError.ControlCharacter)]
    [InlineData("line\nbreak", SearchQueryError.ControlCharacter)]
    public void AQueryTheParserCannotRead_IsRefusedWithItsReason(string? query, SearchQueryError error) =>
        Assert.Equal(error, Assert.Throws<SearchQueryException>(() => SearchQueryParser.Parse(query)).Error);

    [Fact]
    public void AQueryOverTheLengthLimit_IsRefusedNamingTheLimit()
    {
        var ex = Assert.Throws<SearchQueryException>(() => SearchQueryParser.Parse(new string('ب', SearchQueryParser.MaxLength + 1)));
        Assert.Equal(SearchQueryError.TooLong, ex.Error);
        Assert.Contains("501", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AQueryWithMorePartsThanTheLimit_IsRefused() =>
        Assert.Equal(SearchQueryError.TooManyParts, Assert.Throws<SearchQueryException>(() =>
            SearchQueryParser.Parse(string.Join(' ', Enumerable.Range(0, SearchQueryParser.MaxClauses + 1).Select(i => "w" + i)))).Error);

    private static string Describe(ParsedQuery parsed) =>
        string.Join(' ', parsed.Clauses.Select(c => (c.Excluded ? "-" : string.Empty)
            + string.Join('|', c.Alternatives.Select(t => $"{t.Kind.ToString().ToLowerInvariant()}:{t.Text}"))));
}
