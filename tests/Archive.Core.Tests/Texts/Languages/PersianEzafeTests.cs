using Archive.Core.Texts.Languages;

namespace Archive.Core.Tests.Texts.Languages;

public class PersianEzafeTests
{
    [Theory]
    [InlineData("انتاریو", "انتاریوی")]
    [InlineData("امریکا", "امریکای")]
    [InlineData("دانشجو", "دانشجوی")]
    public void EzafeForm_WordEndingInAVowelLetter_AddsTheEzafeYeh(string term, string expected) =>
        Assert.Equal(expected, PersianRules.Instance.EzafeForm(term));

    [Theory]
    [InlineData("جا")] // جای is another word
    [InlineData("رو")]
    [InlineData("دادگاه")]
    [InlineData("ایرانی")]
    [InlineData("1400")]
    [InlineData("ontario")]
    public void EzafeForm_OtherTerms_Null(string term) =>
        Assert.Null(PersianRules.Instance.EzafeForm(term));
}
