using System.Net.Http.Json;
using System.Text.Json;
using Archive.Core.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Nodes;

/// <summary>
/// Two web nodes on one PostgreSQL database, each with its own search index: an import through one node reaches the
/// other — its pages and its search — within a bounded time (the other polls the import generation).
/// </summary>
public class TwoNodeTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ImportThroughOneNode_TheOtherServesTheNewTextAndSearchHits()
    {
        await using var nodes = await TwoNodeArchive.StartAsync();
        if (nodes is null)
        {
            return;
        }

        var (root, first, second) = (nodes.Root, nodes.First, nodes.Second);
        var reader = second.CreateClient();
        Assert.DoesNotContain("زنبورستانی", await reader.GetStringAsync(new Uri("/wpi-congress-12/1", UriKind.Relative)), StringComparison.Ordinal);

        var seed = Path.Combine(root, "seeds", "wpi-congress-12", "resolutions.fa.txt");
        await File.WriteAllTextAsync(seed, (await File.ReadAllTextAsync(seed)).Replace("نظیر خصوصی سازی", "نظیر خصوصی سازی زنبورستانی", StringComparison.Ordinal));
        var report = await first.Services.GetRequiredService<ArchiveImporter>().ImportAsync(null, CancellationToken.None);
        Assert.True(report.Changed, string.Join('\n', report.Diagnostics));

        var deadline = DateTime.UtcNow + Bound;
        var (page, found, last) = (false, false, string.Empty);
        while (DateTime.UtcNow < deadline && !(page && found))
        {
            using var answer = await reader.GetAsync(new Uri("/wpi-congress-12/1", UriKind.Relative));
            Assert.True(answer.IsSuccessStatusCode, $"the second node's reader page answered {(int)answer.StatusCode}; it logged: {string.Join(" | ", second.Logs.Messages.Where(m => m.StartsWith("Error", StringComparison.Ordinal)).Take(3))}");
            page = (await answer.Content.ReadAsStringAsync()).Contains("زنبورستانی", StringComparison.Ordinal);
            var search = await reader.GetFromJsonAsync<JsonElement>(new Uri("/api/search?q=" + Uri.EscapeDataString("زنبورستانی"), UriKind.Relative));
            last = search.ToString();
            found = search.GetProperty("total").GetInt32() == 1 && search.GetProperty("hits")[0].GetProperty("url").GetString() == "/wpi-congress-12/1#a";
            await Task.Delay(200);
        }

        Assert.True(page, $"the second node did not show the new text within {Bound.TotalSeconds} s");
        Assert.True(found, $"the second node's search did not find the new word within {Bound.TotalSeconds} s; it last answered {last}");
    }
}
