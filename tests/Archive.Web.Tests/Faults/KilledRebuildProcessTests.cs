using System.Diagnostics;
using Archive.Core.Search;
using Archive.Web.Tests.Faults.Processes;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Xunit.Abstractions;

namespace Archive.Web.Tests.Faults;

/// <summary>
/// The site killed with SIGKILL while it rebuilds its index for a changed analysis (the index folder's last commit
/// names another analysis version), at random moments of the rebuild: the folder always holds one whole commit, the old
/// one or the new, with every document and no damage (Lucene's CheckIndex), and the next start serves and finishes the
/// rebuild. (#16: the rebuild writes into the serving folder, and only its one commit makes the new documents visible.)
/// </summary>
[Collection(RealProcesses.Name)]
public sealed class KilledRebuildProcessTests(ITestOutputHelper output)
{
    private const int Kills = 6;

    private const string OldStamp = "fa-0;en-0;de-0/" + SearchIndex.SchemaVersion;

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task SiteKilledWhileRebuildingForAChangedAnalysis_LeavesTheOldOrTheNewCommitWhole_AndTheNextStartFinishesIt()
    {
        using var archive = new ScratchArchive();
        var imported = await BuiltProgram.RunCliAsync(archive.Root, new Dictionary<string, string>(), Bound, ["import", "--db", archive.Database]);
        Assert.True(imported.Exit == 0, imported.ToString());
        var (stamp, documents) = LastCommit(archive.Index);
        Assert.Equal(SearchIndex.Stamp, stamp);

        // A first rebuild to its end, timed from the moment the site says it rebuilds to the new commit in the folder.
        MarkOldAnalysis(archive.Index);
        TimeSpan window;
        int total;
        await using (var site = WebAppProcess.Start(archive.Root, archive.Sqlite))
        {
            Assert.True(await site.PrintedAsync(Rebuilding, Bound), site.Output);
            var clock = Stopwatch.StartNew();
            while (LastCommit(archive.Index).Stamp != SearchIndex.Stamp)
            {
                Assert.True(clock.Elapsed < Bound, "the rebuild did not commit within the bound:\n" + site.Output);
                await Task.Delay(10);
            }

            window = clock.Elapsed;
            using var client = await site.ClientAsync(Bound);
            total = await SiteSearch.TotalAsync(client, "اعدام", t => t > 0, Bound, site);
            Assert.Empty(site.Failures);
        }

        var seed = Environment.TickCount;
        var random = new Random(seed);
        var outcomes = new List<string>();
        for (var i = 0; i < Kills; i++)
        {
            MarkOldAnalysis(archive.Index);
            await using var site = WebAppProcess.Start(archive.Root, archive.Sqlite);
            Assert.True(await site.PrintedAsync(Rebuilding, Bound), site.Output);
            // Spread over twice the measured window, a random moment in each sixth, so that kills fall on both sides of the commit.
            var delay = window * 2 * ((i + random.NextDouble()) / Kills);
            await Task.Delay(delay);
            await site.KillAsync();

            var after = LastCommit(archive.Index);
            Assert.True(after.Stamp is OldStamp || after.Stamp == SearchIndex.Stamp, $"kill {i} after {delay.TotalMilliseconds:0} ms left a commit stamped {after.Stamp}");
            Assert.Equal(documents, after.Documents);
            Assert.True(Intact(archive.Index), $"kill {i} after {delay.TotalMilliseconds:0} ms left a damaged index");
            outcomes.Add($"kill {i} after {delay.TotalMilliseconds:0} ms of the rebuild: {(after.Stamp == OldStamp ? "the old commit" : "the new commit")}, {after.Documents} documents");
        }

        output.WriteLine($"random seed {seed}; rebuild window {window.TotalMilliseconds:0} ms; {documents} documents\n" + string.Join('\n', outcomes));

        MarkOldAnalysis(archive.Index);
        await using (var site = WebAppProcess.Start(archive.Root, archive.Sqlite))
        {
            using var client = await site.ClientAsync(Bound);
            Assert.Equal(total, await SiteSearch.TotalAsync(client, "اعدام", t => t == total && LastCommit(archive.Index).Stamp == SearchIndex.Stamp, Bound, site));
            Assert.Empty(site.Failures);
        }

        Assert.Equal((SearchIndex.Stamp, documents), LastCommit(archive.Index));
    }

    private static bool Rebuilding(string line) => line.Contains("Rebuilding the search index", StringComparison.Ordinal);

    /// <summary>The stamp and document count of the folder's last commit, read as a new reader would.</summary>
    private static (string Stamp, int Documents) LastCommit(string folder)
    {
        using var directory = FSDirectory.Open(folder);
        using var reader = DirectoryReader.Open(directory);
        return (reader.IndexCommit.UserData.TryGetValue("stamp", out var stamp) ? stamp : string.Empty, reader.NumDocs);
    }

    /// <summary>Rewrites only the last commit's stamp to an older analysis version, as an upgrade of the program finds it.</summary>
    private static void MarkOldAnalysis(string folder)
    {
        using var directory = FSDirectory.Open(folder);
        var data = new Dictionary<string, string>(DirectoryReader.ListCommits(directory)[^1].UserData, StringComparer.Ordinal) { ["stamp"] = OldStamp };
        using var analyzer = new Lucene.Net.Analysis.Core.KeywordAnalyzer();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { OpenMode = OpenMode.APPEND });
        writer.SetCommitData(data);
        writer.Commit();
    }

    private static bool Intact(string folder)
    {
        using var directory = FSDirectory.Open(folder);
        return new CheckIndex(directory).DoCheckIndex().Clean;
    }
}
