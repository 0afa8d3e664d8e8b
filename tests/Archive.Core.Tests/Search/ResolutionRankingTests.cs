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

    [Theory]
    [InlineData(1f, 2f)]
    [InlineData(0.5f, 1.5f)]
    [InlineData(0f, 1f)]
    public void Score_OfAResolutionFiledUnderTheQuerysSubjectTopics_IsLiftedByTheShareOfThoseTopics(float subjectShare, float lift)
    {
        var score = ResolutionRanking.Score([(10f, false)], clauses: 1, subjectShare);

        Assert.Equal(10f * 2f * lift, score, 3);
    }

    [Fact]
    public void Score_RanksTheResolutionFiledUnderTheSubject_AboveAShorterClauseThatNamesItInPassing()
    {
        // Leiharbeiter: resolution 9 prints the word in a clause half as long as 10's, which is about contract labour
        // (filed under both of its topics, labour and the economy; 9 under labour only).
        var passing = ResolutionRanking.Score([(15.5f, false)], clauses: 1, subjectShare: 0.5f);
        var subject = ResolutionRanking.Score([(14.4f, false)], clauses: 1, subjectShare: 1f);

        Assert.True(subject > passing, $"subject {subject} should outrank passing {passing}");
    }
}
