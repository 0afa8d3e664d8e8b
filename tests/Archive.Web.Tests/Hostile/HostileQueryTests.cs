using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Core.Search;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Archive.Web.Tests.Hostile;

[Collection(SharedWebApp.Name)]
public partial class HostileQueryTests(ArchiveWebFactory factory, ITestOutputHelper output)
{
    [Fact]
    public async Task TenThousandHostileQueries_EachAnswerOrRaiseASearchQueryExceptionWithAMessage()
    {
        await factory.WaitForSearchAsync();
        var search = factory.Services.GetRequiredService<ArchiveSearch>();
        int answered = 0, withHits = 0, refused = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();

        HostileQueries.Request.Sample(request =>
        {
            try
            {
                var response = search.Search(request);
                Interlocked.Increment(ref answered);
                if (response.Hits.Count > 0)
                {
                    Interlocked.Increment(ref withHits);
                }

                Assert.True(response.Hits.Count <= request.Limit);
                foreach (var hit in response.Hits)
                {
                    Assert.DoesNotContain('<', MarkTag().Replace(hit.Snippet, string.Empty));
                }
            }
            catch (SearchQueryException ex)
            {
                Interlocked.Increment(ref refused);
                Assert.False(string.IsNullOrWhiteSpace(ex.Message), "a SearchQueryException without a message");
            }
        }, iter: 10_000);

        output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: answered {answered} (with hits {withHits}), refused {refused}");

        // The generator must reach both outcomes, and real hits, or it tests little.
        Assert.True(answered > 2_000 && withHits > 200 && refused > 2_000, $"answered {answered}, with hits {withHits}, refused {refused}");
    }

    [Fact]
    public async Task FiveHundredHostileQueriesOverHttp_NeverGetA5xxAndEvery400CarriesAMessage_InPersianOnThePersianPage()
    {
        await factory.WaitForSearchAsync();
        var server = factory.Server;
        int ok = 0, bad = 0;

        await HostileQueries.Query.SampleAsync(async q =>
        {
            var encoded = "q=" + HostileQueries.UrlEncode(q);
            var (apiStatus, apiBody) = await RawRequests.GetAsync(server, "/api/search", encoded);
            Assert.True(apiStatus is (int)HttpStatusCode.OK or (int)HttpStatusCode.BadRequest, $"/api/search: {apiStatus}\n{apiBody}");
            Interlocked.Increment(ref apiStatus == (int)HttpStatusCode.OK ? ref ok : ref bad);
            var englishDetail = string.Empty;
            if (apiStatus == (int)HttpStatusCode.BadRequest)
            {
                using var problem = JsonDocument.Parse(apiBody);
                englishDetail = problem.RootElement.GetProperty("detail").GetString()!;
                Assert.False(string.IsNullOrWhiteSpace(englishDetail));
                Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("code").GetString()), $"a problem without a code: {apiBody}");
                englishDetail = englishDetail[(englishDetail.IndexOf(": ", StringComparison.Ordinal) + 2)..];
            }

            var (pageStatus, pageBody) = await RawRequests.GetAsync(server, "/search", encoded);
            Assert.True(pageStatus is (int)HttpStatusCode.OK or (int)HttpStatusCode.BadRequest, $"/search: {pageStatus}\n{pageBody[..Math.Min(pageBody.Length, 2000)]}");
            if (pageStatus == (int)HttpStatusCode.BadRequest)
            {
                var alert = Alert().Match(pageBody);
                Assert.True(alert.Success && alert.Groups[1].Value.Trim().Length > 0, "a 400 page without its message");
                Assert.True(englishDetail.Length == 0 || !System.Net.WebUtility.HtmlDecode(alert.Groups[1].Value).Contains(englishDetail, StringComparison.Ordinal), $"the Persian page shows the English message: {englishDetail}");
            }
        }, iter: 500);

        output.WriteLine($"/api/search: {ok} answered, {bad} refused");
        Assert.True(ok > 50 && bad > 50, $"{ok} answered, {bad} refused: the sample should reach both");
    }

    [GeneratedRegex("</?mark>")]
    private static partial Regex MarkTag();

    [GeneratedRegex("<p class=\"notice\" role=\"alert\">(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex Alert();
}
