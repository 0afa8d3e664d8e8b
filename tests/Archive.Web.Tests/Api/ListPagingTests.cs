using System.Net;
using System.Text.Json;

namespace Archive.Web.Tests.Api;

/// <summary>The API's resolution lists in pages: the array's shape kept, the whole list by default, and limit/offset with X-Total-Count and Link.</summary>
[Collection(SharedWebApp.Name)]
public class ListPagingTests(ArchiveWebFactory factory)
{
    [Theory]
    [InlineData("/api/resolutions")]
    [InlineData("/api/collections/wpi-congress-12/resolutions")]
    public async Task TheListWalkedByItsNextLinks_IsTheWholeListInPages(string path)
    {
        var client = factory.CreateClient();
        var whole = await Numbers(await client.GetAsync(new Uri(path, UriKind.Relative)));
        Assert.Equal(Enumerable.Range(1, 28), whole);

        var walked = new List<int>();
        Uri? next = new(path + "?limit=10", UriKind.Relative);
        for (var pages = 0; next is not null; pages++)
        {
            Assert.True(pages < 3, "more pages than 28 resolutions fill at 10 a page");
            using var response = await client.GetAsync(next);
            Assert.Equal("28", response.Headers.GetValues("X-Total-Count").Single());
            var page = await Numbers(response);
            Assert.InRange(page.Count, 1, 10);
            walked.AddRange(page);
            next = NextLink(response);
        }

        Assert.Equal(whole, walked);
    }

    [Fact]
    public async Task AMiddlePage_LinksBothWays()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/api/resolutions?offset=10&limit=10", UriKind.Relative));
        var link = string.Join(", ", response.Headers.GetValues("Link"));
        Assert.Contains("<http://localhost/api/resolutions?offset=20&limit=10>; rel=\"next\"", link, StringComparison.Ordinal);
        Assert.Contains("<http://localhost/api/resolutions?offset=0&limit=10>; rel=\"prev\"", link, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(11, 10), await Numbers(response));
    }

    [Theory]
    [InlineData("/api/resolutions?offset=28", 404, "past-the-end", "offset")]
    [InlineData("/api/collections/wpi-congress-12/resolutions?offset=1000", 404, "past-the-end", "offset")]
    [InlineData("/api/resolutions?limit=0", 400, "bad-parameter", "limit")]
    [InlineData("/api/resolutions?limit=1001", 400, "bad-parameter", "limit")]
    [InlineData("/api/resolutions?offset=-1", 400, "bad-parameter", "offset")]
    [InlineData("/api/collections/wpi-congress-12/resolutions?limit=x", 400, "bad-parameter", "limit")]
    public async Task AWindowOutsideTheList_IsAProblemNamingTheParameter(string path, int status, string code, string parameter)
    {
        using var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((code, parameter), (problem.RootElement.GetProperty("code").GetString(), problem.RootElement.GetProperty("parameter").GetString()));
    }

    private static async Task<List<int>> Numbers(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.EnumerateArray().Select(r => r.GetProperty("number").GetInt32())];
    }

    private static Uri? NextLink(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Link", out var values)
            ? values.SelectMany(v => v.Split(", ")).Where(l => l.EndsWith("rel=\"next\"", StringComparison.Ordinal)).Select(l => new Uri(l[1..l.IndexOf('>', StringComparison.Ordinal)])).SingleOrDefault()
            : null;
}
