namespace Archive.Core.Tests.Search.Analysis;

public class PersianOffsetTests
{
    [Theory]
    [InlineData("می‌کنند", new[] { "می‌کنند" })]
    [InlineData("حسـی و مُبارِزه", new[] { "حسـی", "و", "مُبارِزه" })]
    [InlineData("كشور ايران", new[] { "كشور", "ايران" })]
    [InlineData("خانواده‌های جانباختگان", new[] { "خانواده‌های", "جانباختگان" })]
    [InlineData("پائیز ١٢ مؤسسه", new[] { "پائیز", "١٢", "مؤسسه" })]
    [InlineData("\u200Fایران و ﻻ", new[] { "ایران", "و", "ﻻ" })]
    [InlineData("خیزش‌های توده‌ای", new[] { "خیزش‌های", "توده", "ای" })]
    public void Analyze_Offsets_PointAtTheOriginalSurfaceForm(string text, string[] surfaces) =>
        Assert.Equal(surfaces, PersianAnalysis.Surfaces(text));

    [Fact]
    public void Analyze_IndexTimePair_SpansBothWords()
    {
        const string text = "گسترش خصوصی‌سازی";

        var pair = PersianAnalysis.IndexTokens(text).Single(t => t.Term == "خصوصیسازی");

        Assert.Equal("خصوصی‌سازی", text[pair.Start..pair.End]);
        Assert.Equal(0, pair.PositionIncrement);
    }

    [Fact]
    public void Analyze_WholeSeed_EachTokensSurfaceAnalysesBackToItsTerm()
    {
        var text = RepositoryFiles.SeedText;

        var mismatches = PersianAnalysis.IndexTokens(text)
            .Select(t => (t.Term, Surface: text[t.Start..t.End]))
            .Where(t => !PersianAnalysis.IndexTokens(t.Surface).Any(back => back.Term == t.Term && back.Start == 0 && back.End == t.Surface.Length))
            .ToList();

        Assert.Empty(mismatches);
    }
}
