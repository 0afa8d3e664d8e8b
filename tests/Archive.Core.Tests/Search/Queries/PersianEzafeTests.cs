using Archive.Core.Search.Queries;

namespace Archive.Core.Tests.Search.Queries;

public class PersianEzafeTests
{
    [Theory]
    [InlineData("انتاریو", "انتاریوی")]
    [InlineData("امریکا", "امریکای")]
    [InlineData("دانشجو", "دانشجوی")]
    public void Attached_WordEndingInAVowelLetter_AddsTheEzafeYeh(string term, string expected) =>
        Assert.Equal(expected, PersianEzafe.Attached(term));

    [Theory]
    [InlineData("جا")] // جای is another word
    [InlineData("رو")]
    [InlineData("دادگاه")]
    [InlineData("ایرانی")]
    [InlineData("1400")]
    [InlineData("ontario")]
    public void Attached_OtherTerms_Null(string term) =>
        Assert.Null(PersianEzafe.Attached(term));
}
