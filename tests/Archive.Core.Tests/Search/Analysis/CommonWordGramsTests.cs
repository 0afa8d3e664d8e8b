using System.Collections.Frozen;
using Archive.Core.Search.Analysis;

namespace Archive.Core.Tests.Search.Analysis;

/// <summary>Common-word grams: which adjacent pairs the index stacks as one term, and how a phrase is looked up through them.</summary>
public sealed class CommonWordGramsTests
{
    private static readonly FrozenSet<string> Common = FrozenSet.Create(StringComparer.Ordinal, "و", "در", "the", "of");

    [Theory]
    [InlineData("a b c", "a@0 b@1 c@2")] // no common word: the phrase stays as it is
    [InlineData("a و b", "a و@0 و b@1")] // both pairs of a common word; the common word itself is not looked up
    [InlineData("و در", "و در@0")] // two common words: one term
    [InlineData("a b of", "a@0 b of@1")]
    [InlineData("the rain of spain", "the rain@0 rain of@1 of spain@2")]
    [InlineData("a the b c", "a the@0 the b@1 c@3")]
    public void APhrase_UsesTheGramOfEveryAdjacentPairWithACommonWord(string phrase, string expected)
    {
        var words = phrase.Split(' ').Select((w, i) => (w, i)).ToList();
        Assert.Equal(expected, Show(CommonWordGrams.Phrase(words, Common)));
    }

    [Fact]
    public void WordsAcrossAGap_AreNotJoined()
    {
        IReadOnlyList<(string, int)> words = [("a", 0), ("و", 2), ("b", 3)];
        Assert.Equal("a@0 و b@2", Show(CommonWordGrams.Phrase(words, Common)));
    }

    [Fact]
    public void TheIndex_StacksAGramOnTheFirstWordOfEachPairWithACommonWord_WithOffsetsSpanningBoth()
    {
        // کارگر و در صنعت, with the pair term of در and صنعت stacked on در (as the index analyzer makes it).
        AnalyzedToken[] tokens =
        [
            new("کارگر", 0, 5, 1), new("و", 6, 7, 1), new("در", 8, 10, 1), new("درصنعت", 8, 15, 0), new("صنعت", 11, 15, 1),
        ];
        var indexed = CommonWordGrams.Add(tokens, Common);
        Assert.Equal(
            ["کارگر", "کارگر و", "و", "و در", "و درصنعت", "در", "درصنعت", "در صنعت", "صنعت"],
            indexed.Select(t => t.Term));
        var gram = indexed.Single(t => t.Term == "در صنعت");
        Assert.Equal((8, 15, 0), (gram.Start, gram.End, gram.PositionIncrement));
    }

    [Fact]
    public void TheIndex_PairsNoWordsAcrossAGap_NorASurfaceForm()
    {
        var surface = PersianLightStemFilter.SurfaceMarker + "کارگران";
        AnalyzedToken[] tokens = [new("a", 0, 1, 1), new("و", 2, 3, 2), new("کارگر", 4, 11, 1), new(surface, 4, 11, 0)];
        Assert.Equal(["a", "و", "و کارگر", "کارگر", surface], CommonWordGrams.Add(tokens, Common).Select(t => t.Term));
    }

    [Fact]
    public void WithoutCommonWords_TheTokensAreIndexedAsTheyAre()
    {
        AnalyzedToken[] tokens = [new("و", 0, 1, 1), new("در", 2, 4, 1)];
        Assert.Same(tokens, CommonWordGrams.Add(tokens, FrozenSet<string>.Empty));
    }

    private static string Show(IReadOnlyList<(string Term, int Position)> terms) => string.Join(" ", terms.Select(t => $"{t.Term}@{t.Position}"));
}
