using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Web.Tests.Faults.Processes;
using Microsoft.Data.Sqlite;

namespace Archive.Web.Tests.Faults;

/// <summary>
/// Fault 3 of issue 11: on a full disk the command printed raw stack traces, exited 1 after committing, and the next run
/// said "no change" and never built the index; the site said "starting" and its cached pages kept the old text until a
/// rebuild that could not happen. The disks here are small tmpfs mounts filled to the last byte (the tests run as root).
/// </summary>
[Collection(RealProcesses.Name)]
public class FullDiskProcessTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(40);

    [Fact]
    public async Task ImportOntoAFullDisk_SaysWhatIsFullAndWhetherTheDatabaseChanged_AndTheNextRunFinishesTheIndex()
    {
        using var archive = new ScratchArchive();
        var disk = Path.Combine(archive.Root, "disk");
        archive.MountTmpfs(disk, "8m");
        var indexDisk = Path.Combine(archive.Root, "index-disk");
        archive.MountTmpfs(indexDisk, "1m");
        var env = new Dictionary<string, string> { ["Archive__IndexDirectory"] = Path.Combine(indexDisk, "index") };
        var db = Path.Combine(disk, "archive.db");
        Assert.Equal(0, (await BuiltProgram.RunCliAsync(archive.Root, env, Bound, ["reindex", "--db", db])).Exit);

        var filler = ScratchArchive.Fill(disk);
        var full = await BuiltProgram.RunCliAsync(archive.Root, env, Bound, ["import", "--db", db]);
        Assert.True(full.Exit == 1, full.ToString());
        Assert.True(Regex.IsMatch(full.Error, "^error: the disk holding disk/archive.db is full \\(.*\\); the database is unchanged[^\n]*: free space on it and run again\n$"), full.ToString());
        File.Delete(filler);
        Assert.Equal(0L, Count(db, "Resolutions"));
        var imported = await BuiltProgram.RunCliAsync(archive.Root, env, Bound, ["import", "--db", db]);
        Assert.True(imported.Exit == 0 && imported.Out.Contains("search index up to date at generation 1", StringComparison.Ordinal), imported.ToString());

        archive.AddWord("زنبورستانی");
        filler = ScratchArchive.Fill(indexDisk);
        var indexFull = await BuiltProgram.RunCliAsync(archive.Root, env, Bound, ["import", "--db", db]);
        Assert.True(indexFull.Exit == 1, indexFull.ToString());
        Assert.Contains("import done: generation 2", indexFull.Out, StringComparison.Ordinal);
        Assert.True(Regex.IsMatch(indexFull.Error, "\nerror: the disk holding the search index index-disk/index is full \\(.*\\): .*; the database change is committed \\(generation 2\\)\n$"), indexFull.ToString());

        File.Delete(filler);
        var again = await BuiltProgram.RunCliAsync(archive.Root, env, Bound, ["import", "--db", db]);
        Assert.True(again.Exit == 0, again.ToString());
        Assert.Contains("no change", again.Out, StringComparison.Ordinal);
        Assert.Contains("search index up to date at generation 2", again.Out, StringComparison.Ordinal);
        var search = await BuiltProgram.RunCliAsync(archive.Root, env, Bound, ["search", "زنبورستانی", "--db", db]);
        Assert.True(search.Exit == 0 && search.Out.StartsWith("1 matching clause(s)", StringComparison.Ordinal), search.ToString());
    }

    [Fact]
    public async Task SiteWhoseIndexDiskIsFull_SearchSaysSo_CachedPagesFollowTheDatabaseAtOnce_AndSpaceFreedBringsSearchBack()
    {
        using var archive = new ScratchArchive();
        var disk = Path.Combine(archive.Root, "disk");
        archive.MountTmpfs(disk, "1m");
        var filler = ScratchArchive.Fill(disk);
        var settings = archive.Sqlite;
        settings["Archive__IndexDirectory"] = Path.Combine(disk, "index");
        await using var site = WebAppProcess.Start(archive.Root, settings);
        using var client = await site.ClientAsync(Bound);

        var api = await RetryWhileStartingAsync(client, "/api/search?q=" + Uri.EscapeDataString("اعدام"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        using (var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync()))
        {
            Assert.Equal("Search is unavailable", problem.RootElement.GetProperty("title").GetString());
            Assert.StartsWith("the disk holding the search index disk/index is full", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var page = await client.GetAsync(new Uri("/search?ui=en&q=" + Uri.EscapeDataString("اعدام"), UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("the server’s disk is full", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using (var health = JsonDocument.Parse(await client.GetStringAsync(new Uri("/healthz", UriKind.Relative))))
        {
            Assert.Equal("DiskFull", health.RootElement.GetProperty("index").GetProperty("problem").GetString());
        }

        Assert.DoesNotContain("زنبورستانی", await client.GetStringAsync(new Uri("/wpi-congress-12/1", UriKind.Relative)), StringComparison.Ordinal);
        archive.AddWord("زنبورستانی");
        var import = await BuiltProgram.RunCliAsync(archive.Root, settings, Bound, ["import"]);
        Assert.True(import.Exit == 0 && import.Out.Contains("database updated; the running site owns the search index", StringComparison.Ordinal), import.ToString());
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!(await client.GetStringAsync(new Uri("/wpi-congress-12/1", UriKind.Relative))).Contains("زنبورستانی", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "the cached page still showed the old text 5 s after the import");
            await Task.Delay(100);
        }

        File.Delete(filler);
        Assert.Equal(1, await SiteSearch.TotalAsync(client, "زنبورستانی", total => total == 1, Bound, site));
        Assert.Contains("Search index not updated: the disk holding the search index disk/index is full", site.Output, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> RetryWhileStartingAsync(HttpClient client, string url)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (true)
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || !(await response.Content.ReadAsStringAsync()).Contains("Search is starting", StringComparison.Ordinal) || DateTime.UtcNow > deadline)
            {
                return response;
            }

            await Task.Delay(100);
        }
    }

    private static long Count(string db, string table)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }
}
