using Archive.Web.Tests.Faults.Processes;
using Microsoft.Data.Sqlite;

namespace Archive.Web.Tests.Faults;

/// <summary>
/// Fault 5 of issue 11: a database written by a newer version (a migration in its history that this build does not
/// know) was accepted without a word, and then pages answered 500. Both programs now refuse it at start, naming it.
/// </summary>
[Collection(RealProcesses.Name)]
public class NewerSchemaProcessTests
{
    private const string Unknown = "29991231235959_FromANewerVersion";

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(40);

    [Fact]
    public async Task DatabaseWithAMigrationThisBuildDoesNotKnow_IsRefusedBySiteAndCommand_NamingItWithExitCode1()
    {
        using var archive = new ScratchArchive();
        // A writing command makes the database (a reading one refuses a database that does not exist).
        var made = await BuiltProgram.RunCliAsync(archive.Root, new Dictionary<string, string>(), Bound, ["check-content", "--db", archive.Database]);
        Assert.True(made.Exit == 0, made.ToString());
        using (var connection = new SqliteConnection($"Data Source={archive.Database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('{Unknown}', '99.0.0');";
            command.ExecuteNonQuery();
        }

        var expected = $"error: the database data/archive.db holds 1 migration(s) this build does not know ({Unknown})";
        await using var site = WebAppProcess.Start(archive.Root, archive.Sqlite);
        var exit = await site.ExitCodeAsync(Bound);
        Assert.True(exit == 1, $"exit {exit?.ToString() ?? "none (still running)"}; it printed:\n{site.Output}");
        Assert.Contains(expected, site.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", site.Output, StringComparison.Ordinal);

        var list = await BuiltProgram.RunCliAsync(archive.Root, new Dictionary<string, string>(), Bound, ["list", "--db", archive.Database]);
        Assert.True(list.Exit == 1, list.ToString());
        Assert.StartsWith(expected, list.Error, StringComparison.Ordinal);
        Assert.Single(list.Error.Trim().Split('\n'));
    }
}
