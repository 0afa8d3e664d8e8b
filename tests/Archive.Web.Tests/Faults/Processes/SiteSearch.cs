using System.Net;
using System.Text.Json;

namespace Archive.Web.Tests.Faults.Processes;

/// <summary>Asks a running site's search API until it answers as the test expects, within a bound.</summary>
internal static class SiteSearch
{
    /// <summary>The number of hits for <paramref name="query"/> once search answers 200 and <paramref name="until"/> holds for it.</summary>
    public static async Task<int> TotalAsync(HttpClient client, string query, Func<int, bool> until, TimeSpan bound, WebAppProcess? site = null)
    {
        var deadline = DateTime.UtcNow + bound;
        string last;
        do
        {
            var response = await client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));
            last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            if (response.StatusCode == HttpStatusCode.OK)
            {
                using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                var total = json.RootElement.GetProperty("total").GetInt32();
                if (until(total))
                {
                    return total;
                }
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"search for {query} did not answer as expected within {bound.TotalSeconds:0} s; last answer: {last}\n{site?.Output}");
        return -1;
    }
}
