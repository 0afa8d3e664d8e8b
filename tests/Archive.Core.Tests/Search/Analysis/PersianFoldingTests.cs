using Archive.Core.Texts;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Tests.Search.Analysis;

public class PersianFoldingTests
{
    [Theory]
    [InlineData("١٢", "12")]
    [InlineData("۱۲", "12")]
    [InlineData("12", "12")]
    [InlineData("٩٨", "98")]
    [InlineData("۱۴۰۰", "1400")]
    [InlineData("٧٥٢", "752")]
    public void Analyze_DigitsOfThreeScripts_FoldToAscii(string text, string term) =>
        Assert.Equal([term], PersianAnalysis.Terms(text));

    [Theory]
    [InlineData("يعنى", "یعنی")]
    [InlineData("ايرانى", "ایرانی")]
    [InlineData("كارگرى", "کارگری")]
    [InlineData("امكانات", "امکان")]
    [InlineData("مهاجرين", "مهاجر")]
    public void Analyze_ArabicKafAndYeh_FoldToPersianLetters(string text, string term) =>
        Assert.Equal([term], PersianAnalysis.Terms(text));

    [Theory]
    [InlineData("پائیز", "پاییز")]
    [InlineData("مؤسسه", "موسسه")]
    [InlineData("رسوائی", "رسوایی")]
    [InlineData("رئیسی", "رییسی")]
    [InlineData("آزادی", "ازادی")]
    [InlineData("أمنیت", "امنیت")]
    [InlineData("إسلامی", "اسلامی")]
    [InlineData("جمهورية", "جمهوریه")]
    [InlineData("خانوادۀ", "خانواده")]
    [InlineData("مبارزهٔ", "مبارزه")]
    public void Analyze_HamzaSeatsAlefVariantsAndTehMarbuta_MatchThePlainSpelling(string text, string plain) =>
        Assert.Equal(PersianAnalysis.Terms(plain), PersianAnalysis.Terms(text));

    [Theory]
    [InlineData("حسـی", "حسی")] // tatweel, as in the seed
    [InlineData("مُبارِزه", "مبارزه")] // harakat
    [InlineData("کارگر\u200Dان", "کارگران")] // ZWJ
    [InlineData("ایر\u200Eان", "ایران")] // LRM
    [InlineData("\u200Fایران", "ایران")] // RLM
    [InlineData("\uFEFFایران", "ایران")] // BOM
    [InlineData("اعت\u00ADراضات", "اعتراضات")] // soft hyphen
    [InlineData("ﻻ", "لا")] // presentation form of lam-alef
    public void Analyze_InvisibleAndCombiningMarks_AreIgnored(string text, string plain) =>
        Assert.Equal(PersianAnalysis.Terms(plain), PersianAnalysis.Terms(text));

    [Fact]
    public void Analyze_NoBreakSpace_SeparatesWordsLikeASpace() =>
        Assert.Equal(PersianAnalysis.Terms("جنبش کارگری"), PersianAnalysis.Terms("جنبش\u00A0کارگری"));

    [Theory]
    [InlineData("Free Them Now", new[] { "free", "them", "now" })]
    [InlineData("پرواز PS752", new[] { "پرواز", "ps752" })]
    [InlineData("کمپین FreeThemNow", new[] { "کمپین", "freethemnow" })]
    public void Analyze_LatinWordsMixedIn_AreLowerCasedTokens(string text, string[] terms) =>
        Assert.Equal(terms, PersianAnalysis.Terms(text));

    [Fact]
    public void Analyze_WholeSeed_NoTermKeepsAFoldedCharacterOrZwnj()
    {
        var terms = PersianAnalysis.IndexTokens(RepositoryFiles.SeedText).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(terms);
        Assert.DoesNotContain(terms, t => t.Any(c => c == PersianRules.Zwnj || PersianRules.Instance.SearchFolding.ContainsKey(c)));
    }
}
