using System.Net;
using Archive.Web.Tests.Faults.Processes;
using Microsoft.Data.Sqlite;

namespace Archive.Web.Tests.Faults;

/// <summary>
/// Fault 6 of issue 11: two nodes started together on an empty database both imported, and one died on
/// <c>23505 duplicate key … IX_SourceDocuments_Path</c> (3 trials of 3 on PostgreSQL). The setup lock (an advisory lock
/// on PostgreSQL, a file lock beside a SQLite database) lets exactly one import; the other waits for it, then serves.
/// </summary>
[Collection(RealProcesses.Name)]
public class FirstImportRaceProcessTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    [Theory]
    [InlineData("Sqlite", 1)]
    [InlineData("Postgres", 3)]
    public async Task TwoNodesStartedTogetherOnAnEmptyDatabase_ExactlyOneImports_AndBothServe(string provider, int trials)
    {
        for (var trial = 1; trial <= trials; trial++)
        {
            await using var postgres = provider == "Postgres" ? PostgresDatabase.TryCreate() : null;
            if (provider == "Postgres" && postgres is null)
            {
                return;
            }

            using var archive = new ScratchArchive();
            var nodes = new[] { "node1", "node2" }
                .Select(node => postgres?.Settings(Path.Combine(archive.Data, node)) ?? archive.Sqlite)
                .Select(settings => WebAppProcess.Start(archive.Root, settings))
                .ToList();
            try
            {
                var where = () => $"trial {trial} of {trials}:\n{string.Join("\n----\n", nodes.Select(n => n.Output))}";
                foreach (var node in nodes)
                {
                    Assert.True(await node.PrintedAsync(l => l.Contains("Now listening on", StringComparison.Ordinal), Bound), where());
                    using var client = await node.ClientAsync(Bound);
                    Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/resolutions/1", UriKind.Relative))).StatusCode);
                }

                Assert.True(nodes.Count(n => n.Output.Contains("The database is empty: importing", StringComparison.Ordinal)) == 1, where());
                Assert.True(nodes.All(n => n.Failures.Count == 0), where());
                var generation = postgres is null
                    ? Scalar(archive.Database, "SELECT Value FROM ArchiveState WHERE Key = 'generation'")
                    : await postgres.ScalarAsync("SELECT \"Value\" FROM \"ArchiveState\" WHERE \"Key\" = 'generation'");
                Assert.True(generation == "1", $"generation {generation}, so more than one import; {where()}");
            }
            finally
            {
                foreach (var node in nodes)
                {
                    await node.DisposeAsync();
                }
            }
        }
    }

    private static string Scalar(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
