using Archive.Core.Search.Expansion;

namespace Archive.Core.Tests.Search.Expansion;

public sealed class CompoundSplitterTests
{
    private static readonly HashSet<string> Known = ["lehrer", "streik", "zwang", "heirat", "kinder", "rechte", "shanty", "towns", "umwelt"];

    [Theory]
    [InlineData("Lehrerstreik", true, "lehrer streik")]
    [InlineData("Zwangsheirat", true, "zwang heirat")]
    [InlineData("Kinderrechte", true, "kinder rechte")]
    [InlineData("shantytowns", false, "shanty towns")]
    public void AJoinedCompound_SplitsIntoTheFewestKnownWords(string word, bool linking, string parts) =>
        Assert.Equal(parts, string.Join(' ', CompoundSplitter.Split(word, Known.Contains, linking)));

    [Theory]
    [InlineData("Zwangsheirat", false)]
    [InlineData("Umweltkatastrophe", true)]
    [InlineData("streik", true)]
    public void AWordWithoutAFullSplit_StaysWhole(string word, bool linking) =>
        Assert.Empty(CompoundSplitter.Split(word, Known.Contains, linking));
}
