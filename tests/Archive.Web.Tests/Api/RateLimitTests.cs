using System.Net;

namespace Archive.Web.Tests.Api;

public class RateLimitTests
{
    [Fact]
    public async Task Search_OverTheLimit_Answers429WithRetryAfter_AsProblemJsonOrAPageInTheInterfaceLanguage_WhileReadingStaysOpen()
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
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                Assert.StartsWith("https://", problem.RootElement.GetProperty("type").GetString(), StringComparison.Ordinal);
                Assert.Equal("Too many searches", problem.RootElement.GetProperty("title").GetString());
                Assert.Equal("too-many-searches", problem.RootElement.GetProperty("code").GetString());
            }
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        var persian = await Rejected(client, "/search?q=iran");
        Assert.Equal("text/html", persian.Content.Headers.ContentType?.MediaType);
        var page = await persian.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"fa\" dir=\"rtl\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>جستجوهای بیش از اندازه</h1>", page, StringComparison.Ordinal);
        var englishPage = await Rejected(client, "/search?q=iran&ui=en");
        Assert.Contains("<h1>Too many searches</h1>", await englishPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/resolutions/1", UriKind.Relative))).StatusCode);
    }

    /// <summary>
    /// The first 429 of a few requests in a row: a token comes back every second, so on a slow run one request may
    /// still be let through; the next ones are not.
    /// </summary>
    private static async Task<HttpResponseMessage> Rejected(HttpClient client, string path)
    {
        for (var i = 0; i < 5; i++)
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return response;
            }
        }

        Assert.Fail($"{path}: five searches in a row were never refused");
        return null!;
    }
}
