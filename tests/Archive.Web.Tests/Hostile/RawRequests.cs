using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace Archive.Web.Tests.Hostile;

/// <summary>
/// Sends a GET straight into the test server, bypassing <see cref="Uri"/>: no length limit, no normalisation of
/// <c>..</c> segments, so the app sees the path exactly as a hostile client can send it.
/// </summary>
internal static class RawRequests
{
    /// <param name="server">The app under test.</param>
    /// <param name="path">The path in URI form: percent escapes are decoded as a server would.</param>
    /// <param name="query">The query string, percent-encoded, without its '?'.</param>
    /// <param name="decodePath">False to pass the path through as is (dot segments included).</param>
    public static async Task<(int Status, string Body)> GetAsync(TestServer server, string path, string query = "", bool decodePath = true)
    {
        var context = await server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = decodePath ? PathString.FromUriComponent(path) : new PathString(path);
            c.Request.QueryString = query.Length == 0 ? QueryString.Empty : new QueryString("?" + query);
        });
        using var reader = new StreamReader(context.Response.Body);
        return (context.Response.StatusCode, await reader.ReadToEndAsync());
    }
}
