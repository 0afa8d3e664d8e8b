using Archive.Core.Search.Expansion;

namespace Archive.Core.Tests.Search.Expansion;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("raeisi", "raisi", 1)]
    [InlineData("khamenai", "khamenei", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("same", "same", 0)]
    public void TheDistance_CountsInsertionsDeletionsAndSubstitutions(string a, string b, int distance) =>
        Assert.Equal(distance, EditDistance.Levenshtein(a, b, 5));

    [Fact]
    public void ADistanceBeyondTheBound_IsCutShortAtBoundPlusOne() =>
        Assert.Equal(2, EditDistance.Levenshtein("abcdef", "uvwxyz", 1));
}
