using Archive.Core.Search.Expansion;

namespace Archive.Core.Tests.Search.Expansion;

public sealed class PersianDerivationalVariantsTests
{
    [Theory]
    [InlineData("مردسالاری", "مردسالارانه")]
    [InlineData("زن‌ستیز", "زن‌ستیزانه")]
    [InlineData("زن‌ستیز", "زن‌ستیزی")]
    [InlineData("افغانستان", "افغانستانی")]
    [InlineData("اروپا", "اروپایی")]
    [InlineData("کرونایی", "کرونا")]
    [InlineData("بازنشستگی", "بازنشسته")]
    [InlineData("معلولیت", "معلول")]
    [InlineData("شکنجه‌گران", "شکنجه")]
    [InlineData("دادخواهان", "دادخواهی")]
    public void APersianWord_HasItsDerivationalPartner(string word, string partner) =>
        Assert.Contains(partner, PersianDerivationalVariants.Of(word));

    [Theory]
    [InlineData("labour")]
    [InlineData("ای")]
    public void AWordNotPersianOrTooShort_HasNoVariants(string word) =>
        Assert.Empty(PersianDerivationalVariants.Of(word));
}
