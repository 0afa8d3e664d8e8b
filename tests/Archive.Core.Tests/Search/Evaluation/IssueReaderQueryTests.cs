using Archive.Core.Search;
using Archive.Core.Search.Expansion;

namespace Archive.Core.Tests.Search.Evaluation;

/// <summary>
/// The reader queries quoted in the search-meaning issue, typed in the English and German interfaces: each finds the
/// resolutions a reader means (the judged first one first), says what else it searched, and exact search turns that off.
/// </summary>
public sealed class IssueReaderQueryTests(EvaluationArchive archive) : IClassFixture<EvaluationArchive>
{
    [Theory]
    [InlineData("en", "labor union", "1,9", null)]
    [InlineData("en", "Afghanistan", "15", 15)]
    [InlineData("en", "environmentalists", "13", 13)]
    [InlineData("en", "fuel smugglers", "2,3,23", 23)]
    [InlineData("en", "minors", "6,28", null)]
    [InlineData("en", "porters", "2,3,23", 23)]
    [InlineData("de", "Frauenrechte", "5,19", null)]
    [InlineData("de", "Kinderrechte", "6,28", null)]
    [InlineData("de", "Lehrerstreik", "1,2,4", null)]
    [InlineData("de", "Zwangsheirat", "6", 6)]
    public void AnIssueQuery_FindsWhatTheReaderMeans_AndSaysWhatElseItSearched(string ui, string query, string expected, int? first)
    {
        var response = archive.Search.Search(new SearchRequest(query, Limit: SearchRequest.MaxLimit, Prefer: ui));
        var top = response.Hits.Select(h => h.Resolution).Distinct().Take(10).ToList();
        foreach (var number in expected.Split(',').Select(int.Parse))
        {
            Assert.Contains(number, top);
        }

        if (first is int f)
        {
            Assert.Equal(f, top[0]);
        }

        Assert.NotEmpty(response.AlsoSearched);
        Assert.False(response.Partial);
    }

    [Theory]
    [InlineData("labor union")]
    [InlineData("Zwangsheirat")]
    [InlineData("fuel smugglers")]
    public void ExactSearch_SearchesOnlyTheTypedWords(string query)
    {
        var exact = archive.Search.Search(new SearchRequest(query) { Exact = true });
        var understood = archive.Search.Search(new SearchRequest(query));
        Assert.Empty(exact.AlsoSearched);
        Assert.True(understood.Total > exact.Total, $"{query}: {understood.Total} hits understood, {exact.Total} exact");
    }

    [Fact]
    public void AQueryNoClauseHasWhole_ShowsTheBestPartialMatches_Labelled()
    {
        var response = archive.Search.Search(new SearchRequest("kolbars xylophone"));
        Assert.True(response.Partial);
        Assert.NotEmpty(response.Hits);
        Assert.Contains(23, response.Hits.Select(h => h.Resolution));
    }

    [Fact]
    public void AMisspelledName_IsSearchedAsTheNearestKnownWord_AndOfferedAsDidYouMean()
    {
        var response = archive.Search.Search(new SearchRequest("Khamenai"));
        Assert.Contains(response.AlsoSearched, e => e.Kind == SearchExpansionKind.Nearest);
        Assert.NotEmpty(response.DidYouMean);
        Assert.NotEmpty(response.Hits);
    }
}
