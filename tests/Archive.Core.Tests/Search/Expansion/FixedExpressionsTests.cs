using Archive.Core.Content;
using Archive.Core.Search.Expansion;
using Archive.Core.Search.Queries;

namespace Archive.Core.Tests.Search.Expansion;

public sealed class FixedExpressionsTests
{
    private static readonly VocabularyConcept Overthrow = new("overthrow", "term", new Dictionary<string, VocabularyLabels>(StringComparer.Ordinal)
    {
        ["en"] = new("overthrow", ["regime change"]),
    });

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, true)]
    [InlineData(1, false)]
    public void ARunOfWords_IsAFixedExpression_OnlyWhenItHasTwoWordsOrMoreAndNamesAConcept(int length, bool isFixed)
    {
        Assert.Equal(isFixed, FixedExpressions.IsFixed(length, [Overthrow]));
        Assert.False(FixedExpressions.IsFixed(length, []));
    }

    [Fact]
    public void TheWordsOfAFixedExpression_BecomeOneTerm_AndTheOtherWordsStayAsTyped()
    {
        var parsed = SearchQueryParser.Parse("regime change in Iran");

        var phrased = FixedExpressions.Phrased(parsed, [(0, 2, [Overthrow]), (2, 1, []), (3, 1, [])]);

        Assert.Equal(["regime change", "in", "Iran"], phrased.Select(c => c.Alternatives.Single().Text));
        Assert.All(phrased, c => Assert.Equal(QueryTermKind.Word, c.Alternatives.Single().Kind));
    }
}
