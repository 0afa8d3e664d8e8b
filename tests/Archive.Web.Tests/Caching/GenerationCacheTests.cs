using System.Net.Http.Json;
using System.Text.Json;
using Archive.Core.Import;
using Archive.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Caching;

/// <summary>
/// The stale search of issue 15: a search that began on the previous index stored its answer after the maintainer's
/// last eviction, and the cache served it for ten minutes. Cached answers vary by the generations read when the request
/// began, so an answer from an older index is never served once the index has caught up, eviction or not.
/// </summary>
public class GenerationCacheTests
{
    [Fact]
    public async Task ASearchAnswerCachedFromAnOlderIndex_IsNotServedOnceTheIndexHasCaughtUp_EvenWithoutAnEviction()
    {
        const string word = "زنبورستانی";
        var root = Faults.Processes.ScratchArchive.CopyRoot("archive-cache-");
        try
        {
            // The app builds its index at start, then would poll only after an hour: nothing evicts its cache meanwhile.
            await using var app = new ArchiveWebFactory { Root = root, IndexPollSeconds = 3600 };
            await app.WaitForSearchAsync();
            var client = app.CreateClient();
            var search = new Uri("/api/search?q=" + Uri.EscapeDataString(word), UriKind.Relative);
            Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>(search)).GetProperty("total").GetInt32());

            var seed = Path.Combine(root, "seeds", "wpi-congress-12", "resolutions.fa.txt");
            await File.WriteAllTextAsync(seed, (await File.ReadAllTextAsync(seed)).Replace("نظیر خصوصی سازی", "نظیر خصوصی سازی " + word, StringComparison.Ordinal));
            var report = await app.Services.GetRequiredService<ArchiveImporter>().ImportAsync(null, CancellationToken.None);
            Assert.True(report.Changed, string.Join('\n', report.Diagnostics));
            var index = app.Services.GetRequiredService<SearchIndex>();
            var before = index.Generation;
            Assert.True(await index.EnsureCurrentAsync(CancellationToken.None), index.ProblemMessage);
            Assert.NotEqual(before, index.Generation);

            var answer = await client.GetFromJsonAsync<JsonElement>(search);
            Assert.True(answer.GetProperty("total").GetInt32() == 1, $"the cache served an answer from the older index: {answer}");
            Assert.Equal("/wpi-congress-12/1#a", answer.GetProperty("hits")[0].GetProperty("url").GetString());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
