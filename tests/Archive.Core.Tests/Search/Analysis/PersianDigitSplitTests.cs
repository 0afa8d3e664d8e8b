using Archive.Core.Search.Analysis;

namespace Archive.Core.Tests.Search.Analysis;

/// <summary>Letters and digits typed without a space (بیش از١٠٠٠نفر) are split into words and the number.</summary>
public class PersianDigitSplitTests
{
    [Fact]
    public void Analyze_DigitsGluedToLettersOnBothSides_SplitsWithOwnOffsets()
    {
        const string text = "بیش از١٠٠٠نفر نیز";

        Assert.Equal(
            [
                new AnalyzedToken("بیش", 0, 3, 1),
                new AnalyzedToken("از", 4, 6, 1),
                new AnalyzedToken("1000", 6, 10, 1),
                new AnalyzedToken("نفر", 10, 13, 1),
                new AnalyzedToken("نیز", 14, 17, 1),
            ],
            PersianAnalysis.QueryTokens(text));
    }

    [Theory]
    [InlineData("PS752")]
    [InlineData("١٢")]
    [InlineData("کنگره")]
    public void Analyze_NoPersianLetterNextToADigit_StaysWhole(string text) =>
        Assert.Single(PersianAnalysis.QueryTokens(text));

    [Fact]
    public void Analyze_OrdinalTypedTogether_NumberIsItsOwnTerm() =>
        Assert.Equal(["12", "ام"], PersianAnalysis.Terms("۱۲ام"));

    [Theory]
    [InlineData("1000 نفر")]
    [InlineData("١٠٠٠ نفر")]
    public void Meets_NumberTypedApart_FindsTheGluedText(string query) =>
        Assert.True(PersianAnalysis.Meets("بیش از١٠٠٠نفر نیز مجروح", query));
}
