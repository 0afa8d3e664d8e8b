using Archive.Core.Search;

namespace Archive.Core.Tests.Search;

public sealed class ResolutionRankingTests
{
    [Fact]
    public void Score_OfATextNamedOnceInPassing_IsItsBestTextLiftedByItsShareOfClausesOnly()
    {
        var score = ResolutionRanking.Score([(10f, false)], clauses: 4);

        Assert.Equal(10f * 1.25f, score, 3);
    }

    [Fact]
    public void Score_OfAResolutionWhoseTitleAndEveryClauseMatch_IsFourTimesItsBestText()
    {
        var score = ResolutionRanking.Score([(8f, true), (9f, false), (7f, false), (6f, false)], clauses: 3);

        Assert.Equal(9f * 2f * 2f, score, 3);
    }

    [Fact]
    public void Score_IgnoresATitleThatMatchesOnlyFaintly()
    {
        var faint = ResolutionRanking.Score([(1f, true), (10f, false)], clauses: 2);

        Assert.Equal(10f * 1.5f, faint, 3);
    }

    [Fact]
    public void Score_RanksAResolutionAboutTheSubjectAboveAStrongerPassingMention()
    {
        var passing = ResolutionRanking.Score([(27f, false)], clauses: 3);
        var subject = ResolutionRanking.Score([(8f, true), (9.5f, false), (8.5f, false), (7f, false)], clauses: 3);

        Assert.True(subject > passing, $"subject {subject} should outrank passing {passing}");
    }

    [Fact]
    public void Score_OfAOneClauseResolutionThatMatches_IsNotOutweighedByALongResolutionsScatteredMentions()
    {
        var single = ResolutionRanking.Score([(26f, false)], clauses: 1);
        var scattered = ResolutionRanking.Score([(14f, false), (5f, false), (4f, false), (4f, false)], clauses: 25);

        Assert.True(single > scattered, $"single {single} should outrank scattered {scattered}");
    }
}
