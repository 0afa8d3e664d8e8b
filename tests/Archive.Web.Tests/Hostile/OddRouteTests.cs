using System.Net;

namespace Archive.Web.Tests.Hostile;

[Collection(SharedWebApp.Name)]
public class OddRouteTests(ArchiveWebFactory factory)
{
    public static TheoryData<string> OddPaths() => new()
    {
        "/resolutions/0",
        "/resolutions/-1",
        "/resolutions/99999999999",
        "/resolutions/1/../../etc",
        "/resolutions/1/..%2F..%2Fetc%2Fpasswd",
        "/resolutions/%2E%2E/%2E%2E/etc",
        "/resolutions/%ff%fe",
        "/resolutions/1/%ff%fe",
        "/resolutions/%c0%af",
        "/resolutions/1/%c0%af%c0%afetc",
        "/resolutions/%e2%80%ae1",
        "/resolutions/" + new string('a', 4_000),
        "/" + string.Concat(Enumerable.Repeat("%D8%A7", 700)),
        "/resolutions/1/" + new string('z', 4_000),
        "/api/resolutions/abc",
        "/api/resolutions/-1",
        "/api/resolutions/99999999999",
        "/api/resolutions/1/clauses/" + new string('x', 300),
        "/api/resolutions/1/clauses/%ff%fe",
        "/api/resolutions/1/clauses/..%2F..%2Fetc",
        "/api/resolutions/1/clauses/P1",
        "/topics/" + new string('t', 4_000),
    };

    public static TheoryData<string> OddQueries() => new()
    {
        "/search?q=x&resolution=abc",
        "/search?q=x&resolution=99999999999",
        "/search?q=x&offset=abc",
        "/search?q=x&offset=-5",
        "/search?q=x&offset=99999999999",
        "/search?q=%ff%fe&lang=%c0%af",
        "/search?q=x&lang=%00&topic=%00",
        "/api/search?q=x&limit=abc",
        "/api/search?q=x&resolution=%ff",
        "/api/search?q=x&offset=99999999999",
        "/resolutions/1?tr=%3Cscript%3E&layout=%00&ui=%ff",
        "/resolutions/1?tr=" + string.Concat(Enumerable.Repeat("en,", 2_000)),
        "/resolutions/1/b?ui=xx&layout=sideways",
        "/?ui=%E2%80%AE",
    };

    [Theory]
    [MemberData(nameof(OddPaths))]
    public async Task OddPath_ThroughTheHttpClient_Is404Or400NeverAnError(string path)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{path[..Math.Min(path.Length, 80)]}: {(int)response.StatusCode}");
    }

    [Theory]
    [MemberData(nameof(OddPaths))]
    public async Task OddPath_SentRaw_Is404Or400NeverAnError(string path)
    {
        var (status, _) = await RawRequests.GetAsync(factory.Server, path);
        Assert.True(status is 404 or 400, $"{path[..Math.Min(path.Length, 80)]}: {status}");
    }

    [Theory]
    [InlineData("/resolutions/1/../../etc")]
    [InlineData("/resolutions/1/../../../../../../etc/passwd")]
    [InlineData("/api/resolutions/1/clauses/../../../etc")]
    [InlineData("/../App_Data/archive.db")]
    [InlineData("/_framework/../../appsettings.json")]
    public async Task DotSegments_NotNormalisedByAClient_Are404Or400(string path)
    {
        var (status, body) = await RawRequests.GetAsync(factory.Server, path, decodePath: false);
        Assert.True(status is 404 or 400, $"{path}: {status}");
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("ConnectionStrings", body, StringComparison.Ordinal);
    }

    /// <summary>
    /// A server never passes %00 in a path on (Kestrel answers 400 itself, and the test host's client refuses to send
    /// it), so the NUL characters are put into the decoded path directly, as if a server had let them through. .NET's
    /// int parsing ignores trailing NULs, so <c>/api/resolutions/1\0</c> is resolution 1: any answer but an error will do.
    /// </summary>
    [Theory]
    [InlineData("/resolutions/\0")]
    [InlineData("/resolutions/1/\0")]
    [InlineData("/\0\0\0")]
    [InlineData("/api/resolutions/1\0")]
    [InlineData("/api/resolutions/1/clauses/\0")]
    [InlineData("/topics/\0")]
    public async Task NulCharactersInThePath_AreNeverAnError(string path)
    {
        var (status, _) = await RawRequests.GetAsync(factory.Server, path, decodePath: false);
        Assert.True(status < 500, $"{path.Replace("\0", "\\0", StringComparison.Ordinal)}: {status}");
    }

    [Theory]
    [MemberData(nameof(OddQueries))]
    public async Task OddQueryString_IsAnsweredWithoutAnError(string path)
    {
        await factory.WaitForSearchAsync();
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.True((int)response.StatusCode < 500, $"{path[..Math.Min(path.Length, 80)]}: {(int)response.StatusCode}");
    }
}
