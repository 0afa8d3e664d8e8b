using Archive.Core.Search.Analysis;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Tests.Search.Analysis;

public class PersianStemmerTests
{
    [Theory]
    [InlineData("مادران", "مادر")]
    [InlineData("معلمان", "معلم")]
    [InlineData("فعالین", "فعال")]
    [InlineData("فعالان", "فعال")]
    [InlineData("اعتراضات", "اعتراض")]
    [InlineData("اعتصابات", "اعتصاب")]
    [InlineData("بیشترین", "بیش")]
    [InlineData("بیشتر", "بیش")]
    [InlineData("کارگران", "کارگر")]
    [InlineData("زنان", "زن")]
    [InlineData("کودکان", "کودک")]
    [InlineData("دختران", "دختر")]
    [InlineData("قربانیان", "قربانی")]
    [InlineData("زندانیان", "زندانی")]
    [InlineData("خیزشهای", "خیزش")]
    [InlineData("سیاستهایی", "سیاست")]
    [InlineData("مهمترین", "مهم")]
    [InlineData("قدرتمندتر", "قدرتمند")]
    [InlineData("نمایندگان", "نماینده")]
    [InlineData("بازنشستگان", "بازنشسته")]
    [InlineData("پناهجویان", "پناهجو")]
    [InlineData("همجنسگرایان", "همجنسگرا")]
    [InlineData("محکومین", "محکوم")]
    [InlineData("دوازدهمین", "دوازدهم")]
    public void Analyze_PluralAndComparativeSuffixes_AreStripped(string word, string stem) =>
        Assert.Equal([stem], PersianAnalysis.Terms(word));

    [Theory]
    [InlineData("ایران")]
    [InlineData("تهران")]
    [InlineData("اصفهان")]
    [InlineData("خوزستان")]
    [InlineData("افغانستان")]
    [InlineData("خاوران")]
    [InlineData("دختر")]
    [InlineData("جهان")]
    [InlineData("زمان")]
    [InlineData("انسان")]
    [InlineData("بحران")]
    [InlineData("جریان")]
    [InlineData("امکان")]
    [InlineData("زندان")]
    [InlineData("میان")]
    [InlineData("بهتر")]
    [InlineData("تنها")]
    [InlineData("رایگان")]
    [InlineData("قوانین")]
    [InlineData("همچنین")]
    [InlineData("زمین")]
    [InlineData("تامین")]
    [InlineData("حیات")]
    [InlineData("مجازات")]
    [InlineData("مطالبات")]
    public void Analyze_NamesAndWordsThatOnlyEndLikeASuffix_StayWhole(string word) =>
        Assert.Equal([word], PersianAnalysis.Terms(word));

    [Fact]
    public void Analyze_AbanWithMadda_StaysWholeAfterFolding() =>
        Assert.Equal(["ابان"], PersianAnalysis.Terms("آبان"));

    [Fact]
    public void Analyze_EveryProtectedWord_IsOneUnchangedTerm() =>
        Assert.All(PersianRules.Instance.ProtectedWords, word => Assert.Equal([word], PersianAnalysis.Terms(word)));

    [Theory]
    [InlineData("ایران", "ایرانیان")]
    [InlineData("زن", "زندان")]
    [InlineData("میز", "میزان")]
    [InlineData("به", "بهتر")]
    public void Analyze_WordsThatLookAlike_StayApart(string word, string other) =>
        Assert.NotEqual(PersianAnalysis.Terms(word), PersianAnalysis.Terms(other));
}
