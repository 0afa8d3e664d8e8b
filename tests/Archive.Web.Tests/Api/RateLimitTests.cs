using System.Net;

namespace Archive.Web.Tests.Api;

public class RateLimitTests
{
    [Fact]
    public async Task Search_OverTheLimit_Answers429WithRetryAfter_WhileReadingStaysOpen()
    {
        await using var factory = new ArchiveWebFactory { SearchPermitsPerMinute = 60 };
        await factory.WaitForSearchAsync();
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            var response = await client.GetAsync(new Uri($"/api/search?q=iran{i}", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter is not null, "a 429 says when to come back");
                Assert.Contains("Too many searches", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync(new Uri("/search?q=iran", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/resolutions/1", UriKind.Relative))).StatusCode);
    }
}
