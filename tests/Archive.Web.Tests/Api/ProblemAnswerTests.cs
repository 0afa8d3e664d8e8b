using System.Net;
using System.Text.Json;

namespace Archive.Web.Tests.Api;

/// <summary>Every API error is application/problem+json (RFC 9457): a type, a title, a detail naming the parameter and the rule, a code.</summary>
[Collection(SharedWebApp.Name)]
public class ProblemAnswerTests(ArchiveWebFactory factory)
{
    [Theory]
    [InlineData("/api/resolutions/abc", HttpStatusCode.BadRequest, "number", "bad-parameter")]
    [InlineData("/api/resolutions/2147483648", HttpStatusCode.BadRequest, "number", "bad-parameter")]
    [InlineData("/api/resolutions/0", HttpStatusCode.BadRequest, "number", "bad-parameter")]
    [InlineData("/api/resolutions/99", HttpStatusCode.NotFound, "number", "no-such-resolution")]
    [InlineData("/api/resolutions/x/clauses/a", HttpStatusCode.BadRequest, "number", "bad-parameter")]
    [InlineData("/api/resolutions/1/clauses/BAD!", HttpStatusCode.BadRequest, "id", "bad-parameter")]
    [InlineData("/api/resolutions/1/clauses/zz", HttpStatusCode.NotFound, "id", "no-such-clause")]
    [InlineData("/api/search?q=x&resolution=abc", HttpStatusCode.BadRequest, "resolution", "bad-parameter")]
    [InlineData("/api/search?q=x&limit=1.5", HttpStatusCode.BadRequest, "limit", "bad-parameter")]
    [InlineData("/api/search?q=x&limit=101", HttpStatusCode.BadRequest, "limit", "bad-parameter")]
    [InlineData("/api/search?q=x&offset=2147483648", HttpStatusCode.BadRequest, "offset", "bad-parameter")]
    [InlineData("/api/search?q=x&prefer=EN!", HttpStatusCode.BadRequest, "prefer", "bad-parameter")]
    [InlineData("/api/search?q=x&topic=nope", HttpStatusCode.BadRequest, "labour", "unknown-topic")]
    [InlineData("/api/search?q=x&lang=xx", HttpStatusCode.BadRequest, "de", "unknown-language")]
    [InlineData("/api/search?q=%22open", HttpStatusCode.BadRequest, "quotation", "unclosed-phrase")]
    [InlineData("/api/search", HttpStatusCode.BadRequest, "q", "empty")]
    [InlineData("/api/nothing/here", HttpStatusCode.NotFound, "/api/nothing/here", "not-found")]
    public async Task ApiError_IsProblemJsonNamingTheParameterAndTheRule(string path, HttpStatusCode status, string named, string code)
    {
        await factory.WaitForSearchAsync();
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problem = json.RootElement;
        Assert.StartsWith("https://", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Contains(named, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(code, problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task WrongMethodOnTheApi_Is405ProblemJsonAllowingGetAndHead()
    {
        var response = await factory.CreateClient().PostAsync(new Uri("/api/resolutions", UriKind.Relative), new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
    }
}
