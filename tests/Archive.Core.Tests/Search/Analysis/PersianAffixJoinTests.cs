namespace Archive.Core.Tests.Search.Analysis;

public class PersianAffixJoinTests
{
    [Theory]
    [InlineData("می‌کنند", "میکنند")]
    [InlineData("می کنند", "میکنند")]
    [InlineData("میکنند", "میکنند")]
    [InlineData("می خواهد", "میخواهد")]
    [InlineData("می‌شوند", "میشوند")]
    [InlineData("نمی تواند", "نمیتواند")]
    [InlineData("نمی‌کنند", "نمیکنند")]
    [InlineData("نمیتواند", "نمیتواند")]
    public void Analyze_VerbPrefix_JoinsTheNextWord(string text, string term) =>
        Assert.Equal([term], PersianAnalysis.Terms(text));

    [Theory]
    [InlineData("خانواده های", "خانواده")]
    [InlineData("خانواده‌های", "خانواده")]
    [InlineData("خانوادههای", "خانواده")]
    [InlineData("خانواده هایشان", "خانواده")]
    [InlineData("نمونه هایی", "نمونه")]
    [InlineData("چهره ها", "چهره")]
    [InlineData("کامنت ها ی", "کامنت")]
    [InlineData("رادیکال تر", "رادیکال")]
    [InlineData("رادیکال‌تر", "رادیکال")]
    [InlineData("ابتدایی ترین", "ابتدایی")]
    [InlineData("فجیع‌ترین", "فجیع")]
    public void Analyze_DetachedPluralOrComparativeSuffix_JoinsThePreviousWord(string text, string term) =>
        Assert.Equal([term], PersianAnalysis.Terms(text));

    [Fact]
    public void Analyze_JoinedAffixes_SpanBothPartsOffsets()
    {
        const string text = "فعالین می‌کنند و خانواده های";

        Assert.Equal(["فعالین", "می‌کنند", "و", "خانواده های"], PersianAnalysis.Surfaces(text));
        Assert.All(PersianAnalysis.QueryTokens(text), t => Assert.Equal(1, t.PositionIncrement));
    }

    [Theory]
    [InlineData("توده ای", new[] { "توده", "ای" })]
    [InlineData("جامعه ای که", new[] { "جامعه", "ای", "که" })]
    [InlineData("خامنه ای", new[] { "خامنه", "ای" })]
    [InlineData("خامنه‌ای", new[] { "خامنه", "ای" })]
    public void Analyze_YehAfterHeh_StaysASeparateWord(string text, string[] terms) =>
        Assert.Equal(terms, PersianAnalysis.Terms(text));

    [Theory]
    [InlineData("در مقابل آن گسترش", new[] { "در", "مقابل", "ان", "گسترش" })]
    [InlineData("داده اند", new[] { "داده", "اند" })]
    [InlineData("امنیتی اش", new[] { "امنیتی", "اش" })]
    public void Analyze_PronounsAndVerbEndings_AreNotJoined(string text, string[] terms) =>
        Assert.Equal(terms, PersianAnalysis.Terms(text));

    [Theory]
    [InlineData("ها", new[] { "ها" })]
    [InlineData("می", new[] { "می" })]
    [InlineData("PS752 ها", new[] { "ps752", "ها" })]
    [InlineData("می 12", new[] { "می", "12" })]
    public void Analyze_AffixWithoutAPersianNeighbour_StaysAlone(string text, string[] terms) =>
        Assert.Equal(terms, PersianAnalysis.Terms(text));

    [Theory]
    [InlineData("خصوصی‌سازی", "خصوصی سازی")]
    [InlineData("جنگل‌خواری", "جنگل خواری")]
    [InlineData("نژاد‌پرستانه", "نژاد پرستانه")]
    [InlineData("سرنگونی‌طلبانه", "سرنگونی طلبانه")]
    [InlineData("جمهوری‌خواهان", "جمهوری خواهان")]
    [InlineData("خانواده‌های جانباختگان", "خانواده های جانباختگان")]
    public void Analyze_HalfSpacedAndSpacedCompound_GiveTheSameTokens(string halfSpaced, string spaced)
    {
        Assert.Equal(PersianAnalysis.Terms(spaced), PersianAnalysis.Terms(halfSpaced));
        Assert.Equal(
            PersianAnalysis.IndexTokens(spaced).Select(t => (t.Term, t.PositionIncrement)),
            PersianAnalysis.IndexTokens(halfSpaced).Select(t => (t.Term, t.PositionIncrement)));
    }
}
