using Archive.Core.Search.Expansion;

namespace Archive.Core.Tests.Search.Expansion;

public sealed class EnglishSpellingVariantsTests
{
    [Theory]
    [InlineData("labor", "labour")]
    [InlineData("labour", "labor")]
    [InlineData("privatization", "privatisation")]
    [InlineData("organise", "organize")]
    [InlineData("analyze", "analyse")]
    [InlineData("center", "centre")]
    [InlineData("defense", "defence")]
    [InlineData("catalogue", "catalog")]
    [InlineData("traveled", "travelled")]
    [InlineData("children", "child")]
    [InlineData("woman", "women")]
    [InlineData("died", "die")]
    [InlineData("fled", "flee")]
    public void AWord_HasItsOtherSpellingOrForm(string word, string variant) =>
        Assert.Contains(variant, EnglishSpellingVariants.Of(word));

    [Theory]
    [InlineData("door")]
    [InlineData("is")]
    public void AShortOrUnrelatedWord_DoesNotComeBackAsItsOwnVariant(string word) =>
        Assert.DoesNotContain(word, EnglishSpellingVariants.Of(word));
}
