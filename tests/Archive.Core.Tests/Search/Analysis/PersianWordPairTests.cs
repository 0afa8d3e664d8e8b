using Archive.Core.Search.Analysis;

namespace Archive.Core.Tests.Search.Analysis;

public class PersianWordPairTests
{
    [Fact]
    public void Analyze_IndexTime_AddsTheJoinedPairAtTheFirstWordsPosition() =>
        Assert.Equal(
            [new AnalyzedToken("خصوصی", 0, 5, 1), new AnalyzedToken("خصوصیسازی", 0, 10, 0), new AnalyzedToken("سازی", 6, 10, 1)],
            PersianAnalysis.IndexTokens("خصوصی سازی"));

    [Theory]
    [InlineData("")]
    [InlineData(" \u200C ")]
    [InlineData("\u0640\u064B")]
    public void Analyze_TextWithoutWords_GivesNoTokens(string text) =>
        Assert.Empty(PersianAnalysis.IndexTokens(text));

    [Fact]
    public void Analyze_QueryTime_AddsNoPairs() =>
        Assert.All(PersianAnalysis.QueryTokens("سیاستهای خصوصی سازی و پیمانکاری"), t => Assert.Equal(1, t.PositionIncrement));

    [Theory]
    [InlineData("خصوصی سازی", "خصوصیسازی")]
    [InlineData("جنگل خواری", "جنگلخواری")]
    [InlineData("نژاد پرستانه", "نژادپرستانه")]
    [InlineData("فرا می خواند", "فرامیخواند")]
    [InlineData("فرامی خواند", "فرامیخواند")]
    [InlineData("سوخت بران", "سوختبران")]
    [InlineData("جمهوری خواهان", "جمهوریخواهان")]
    [InlineData("آبان ماه", "آبانماه")]
    [InlineData("عضو گیری", "عضوگیری")]
    [InlineData("بی سابقه", "بیسابقه")]
    [InlineData("خامنه ای", "خامنهای")]
    [InlineData("سرمایه داران", "سرمایهداران")]
    public void Analyze_JoinedSpelling_EqualsTheSpacedTextsPairTerm(string spaced, string joined)
    {
        var term = Assert.Single(PersianAnalysis.Terms(joined));
        Assert.Contains(term, PersianAnalysis.PairTerms(spaced));
    }

    [Theory]
    [InlineData("زیر و رو")]
    [InlineData("خیزش ۹۸ و ۹۶")]
    [InlineData("پرواز PS752")]
    public void Analyze_SingleLettersNumbersAndLatin_AreNotPaired(string text) =>
        Assert.Empty(PersianAnalysis.PairTerms(text));

    [Fact]
    public void Analyze_WholeSeed_IndexWordsEqualQueryWords()
    {
        var text = RepositoryFiles.SeedText;

        var indexWords = PersianAnalysis.IndexTokens(text).Where(t => t.PositionIncrement > 0);

        Assert.Equal(PersianAnalysis.QueryTokens(text), indexWords);
    }

    [Theory]
    [InlineData("خامنه ای", "خامنه‌ای")]
    [InlineData("خامنه ای", "خامنه ای")]
    [InlineData("خامنه ای", "خامنهای")]
    [InlineData("خامنه‌ای", "خامنهای")]
    [InlineData("خامنهای", "خامنه‌ای")]
    [InlineData("خامنهای", "خامنه ای")]
    [InlineData("خصوصی سازی", "خصوصیسازی")]
    [InlineData("خصوصیسازی", "خصوصی‌سازی")]
    [InlineData("خصوصی‌سازی", "خصوصی سازی")]
    [InlineData("کیفرخواست علیه خامنه ای بعنوان مسئول", "خامنه‌ای")]
    [InlineData("توسط کارگران معترض", "کارگر")]
    [InlineData("اعتراضات معلمان", "اعتراض معلم")]
    [InlineData("مادران خاوران", "مادران خاوران")]
    public void Search_EverySpellingOfAWord_MeetsTheText(string text, string query) =>
        Assert.True(PersianAnalysis.Meets(text, query));

    [Theory]
    [InlineData("زندان اوین", "زن")]
    [InlineData("میزان دستمزد", "میز")]
    [InlineData("خیزش توده ای", "خامنه ای")]
    public void Search_DifferentWord_DoesNotMeetTheText(string text, string query) =>
        Assert.False(PersianAnalysis.Meets(text, query));
}
