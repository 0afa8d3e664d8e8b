using System.Net;
using System.Text.Json;
using Archive.Core.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Archive.Web.Tests.Faults;

/// <summary>
/// The search index is derived data: deleted, cut short or overwritten with garbage, a fresh app on the same database
/// says why it rebuilds it, answers 503 with a message meanwhile (never 500), and then searches again.
/// </summary>
public class IndexFaultTests(PreparedArchive prepared) : IClassFixture<PreparedArchive>
{
    private const string Query = "/api/search?q=%D8%A7%D8%B9%D8%AF%D8%A7%D9%85"; // اعدام

    [Theory]
    [InlineData("deleted", "there is no index yet")]
    [InlineData("truncated", "the index folder is unreadable")]
    [InlineData("garbage", "the index folder is unreadable")]
    [InlineData("garbage-segments", "the index folder is unreadable")]
    [InlineData("garbage-cfs", "the index folder is unreadable")]
    public async Task DamagedIndex_IsRebuiltAtStartWithTheReasonLogged_AndSearchAnswersAgain(string damage, string reason)
    {
        var data = prepared.Copy();
        Damage(Path.Combine(data, "archive-index"), damage);
        await using var app = new IsolatedWebFactory(data, ArchiveWebFactory.RepositoryRoot);
        using var client = app.CreateClient();

        HttpResponseMessage response;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((response = await client.GetAsync(new Uri(Query, UriKind.Relative))).StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            await AssertProblemWithDetail(response);
            Assert.True(DateTime.UtcNow < deadline, "search did not come back within 30 s");
            await Task.Delay(20);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("total").GetInt32() > 0);
        Assert.Contains(app.Logs.Messages, m => m.Contains("Rebuilding the search index: " + reason, StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Messages, m => m.StartsWith("Error", StringComparison.Ordinal) || m.StartsWith("Critical", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BeforeTheIndexIsOpen_SearchAnswers503WithAMessage_BothApiAndPage()
    {
        var data = prepared.Copy();
        await using var app = new IsolatedWebFactory(data, ArchiveWebFactory.RepositoryRoot, services =>
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "SearchIndexMaintainer")));
        using var client = app.CreateClient();

        var api = await client.GetAsync(new Uri(Query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        await AssertProblemWithDetail(api);

        var page = await client.GetAsync(new Uri("/search?ui=en&q=" + Uri.EscapeDataString("اعدام"), UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("5", page.Headers.RetryAfter?.ToString());
        Assert.Contains("role=\"alert\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await app.Services.GetRequiredService<SearchIndex>().EnsureCurrentAsync(CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(Query, UriKind.Relative))).StatusCode);
    }

    private static async Task AssertProblemWithDetail(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
    }

    private static void Damage(string index, string damage)
    {
        var files = Directory.GetFiles(index).Where(f => Path.GetFileName(f) != "write.lock").ToList();
        Assert.NotEmpty(files);
        var random = new Random(damage.Length);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            switch (damage)
            {
                case "deleted":
                    break;
                case "truncated":
                    File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
                    break;
                case "garbage-segments" when Path.GetFileName(file).StartsWith("segments", StringComparison.Ordinal):
                case "garbage-cfs" when !file.EndsWith(".cfs", StringComparison.Ordinal):
                    break;
                default:
                    random.NextBytes(bytes);
                    File.WriteAllBytes(file, bytes);
                    break;
            }
        }

        if (damage == "deleted")
        {
            Directory.Delete(index, recursive: true);
        }
    }
}
