using Archive.Core.Search.Expansion;

namespace Archive.Core.Tests.Search.Expansion;

public sealed class LabelKeyTests
{
    [Theory]
    [InlineData("Khamene'i", "khamenei")]
    [InlineData("Haft-Tappeh", "haft tappeh")]
    [InlineData("  Ébrahim  Raïsi ", "ebrahim raisi")]
    public void TheNeutralKey_IsLowerCaseWithoutDiacriticsApostrophesOrHyphens(string text, string key) =>
        Assert.Equal(key, LabelKey.Neutral(text));

    [Fact]
    public void AQueryWithALoneSurrogate_HasANeutralKeyInsteadOfAnException() =>
        Assert.Equal("a b", LabelKey.Neutral("a\uD800b"));
}
