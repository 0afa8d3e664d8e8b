using Archive.Web.Tests.Faults.Processes;

namespace Archive.Web.Tests.Faults;

/// <summary>
/// Fault 2 of issue 11: with the site running, <c>archive search</c> took and deleted the site's <c>write.lock</c>,
/// <c>archive import</c> crashed on the site's index after committing, and reindexing beside it broke both. One process
/// owns an index folder at a time: commands beside a running site read its index or leave it to the site, and say so.
/// </summary>
[Collection(RealProcesses.Name)]
public class IndexOwnershipProcessTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(40);

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task CommandsBesideARunningSite_LeaveItsIndexToIt_AndExitZeroExactlyWhenWhatTheyReportIsTrue(string provider)
    {
        await using var postgres = provider == "Postgres" ? PostgresDatabase.TryCreate() : null;
        if (provider == "Postgres" && postgres is null)
        {
            return;
        }

        using var archive = new ScratchArchive();
        var settings = postgres?.Settings(archive.Data) ?? archive.Sqlite;
        string[] db = postgres is null ? ["--db", archive.Database] : [];
        var index = postgres is null ? archive.Index : Path.Combine(archive.Data, "index");
        await using var site = WebAppProcess.Start(archive.Root, settings);
        using var client = await site.ClientAsync(Bound);
        await SiteSearch.TotalAsync(client, "اعدام", total => total > 0, Bound, site);
        var writeLock = Path.Combine(index, "write.lock");
        Assert.True(File.Exists(writeLock));

        var search = await BuiltProgram.RunCliAsync(archive.Root, settings, Bound, ["search", "اعدام", "--limit", "1", .. db]);
        Assert.True(search.Exit == 0 && search.Out.Contains("matching clause(s)", StringComparison.Ordinal), search.ToString());
        Assert.True(File.Exists(writeLock), "the search command took the site's write.lock");

        archive.AddWord("زنبورستانی");
        var import = await BuiltProgram.RunCliAsync(archive.Root, settings, Bound, ["import", .. db]);
        Assert.True(import.Exit == 0, import.ToString());
        Assert.Contains("database updated; the running site owns the search index", import.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("error", import.Error, StringComparison.Ordinal);
        Assert.Equal(1, await SiteSearch.TotalAsync(client, "زنبورستانی", total => total == 1, Bound, site));

        var reindex = await BuiltProgram.RunCliAsync(archive.Root, settings, Bound, ["reindex", .. db]);
        Assert.True(reindex.Exit == 1, reindex.ToString());
        Assert.Contains("error: not reindexed: another process owns the search index", reindex.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(writeLock), "the reindex command took the site's write.lock");
        Assert.Equal(1, await SiteSearch.TotalAsync(client, "زنبورستانی", total => total == 1, Bound, site));
        Assert.Empty(site.Failures);
    }
}
