using System.Net.Http.Json;
using System.Text.Json;
using Archive.Core.Import;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

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
        var server = Environment.GetEnvironmentVariable("ARCHIVE_TEST_POSTGRES");
        if (string.IsNullOrEmpty(server))
        {
            // Only tests/run.sh provides a PostgreSQL server; there this test must run (ARCHIVE_REQUIRE_POSTGRES=1).
            Assert.NotEqual("1", Environment.GetEnvironmentVariable("ARCHIVE_REQUIRE_POSTGRES"));
            return;
        }

        var root = CopyArchiveRoot();
        var database = $"archive_nodes_{Guid.NewGuid():N}";
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        try
        {
            await using var first = new ArchiveWebFactory { Root = root, Provider = "Postgres", ConnectionString = connectionString };
            await first.WaitForSearchAsync();
            await using var second = new ArchiveWebFactory { Root = root, Provider = "Postgres", ConnectionString = connectionString };
            await second.WaitForSearchAsync();
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
                page = (await reader.GetStringAsync(new Uri("/wpi-congress-12/1", UriKind.Relative))).Contains("زنبورستانی", StringComparison.Ordinal);
                var search = await reader.GetFromJsonAsync<JsonElement>(new Uri("/api/search?q=" + Uri.EscapeDataString("زنبورستانی"), UriKind.Relative));
                last = search.ToString();
                found = search.GetProperty("total").GetInt32() == 1 && search.GetProperty("hits")[0].GetProperty("url").GetString() == "/wpi-congress-12/1#a";
                await Task.Delay(200);
            }

            Assert.True(page, $"the second node did not show the new text within {Bound.TotalSeconds} s");
            Assert.True(found, $"the second node's search did not find the new word within {Bound.TotalSeconds} s; it last answered {last}");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
            Directory.Delete(root, recursive: true);
        }
    }

    private static string CopyArchiveRoot() => Faults.Processes.ScratchArchive.CopyRoot("archive-nodes-");
}
