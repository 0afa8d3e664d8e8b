using Npgsql;

namespace Archive.Web.Tests.Nodes;

/// <summary>
/// A fresh PostgreSQL database on the test server (ARCHIVE_TEST_POSTGRES, which tests/run.sh provides) and a copy of the
/// archive root, for web nodes that share them; dropped and deleted when disposed.
/// </summary>
public sealed class SharedPostgresDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _database;

    private SharedPostgresDatabase(string server, string prefix)
    {
        _server = server;
        _database = $"archive_{prefix}_{Guid.NewGuid():N}";
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _database }.ConnectionString;
        Root = Faults.Processes.ScratchArchive.CopyRoot($"archive-{prefix}-");
    }

    public string ConnectionString { get; }

    /// <summary>The copy of seeds/ and content/ the nodes import.</summary>
    public string Root { get; }

    /// <summary>A new database, or null without a server (refused where tests/run.sh requires one: ARCHIVE_REQUIRE_POSTGRES=1).</summary>
    public static SharedPostgresDatabase? Create(string prefix)
    {
        var server = Environment.GetEnvironmentVariable("ARCHIVE_TEST_POSTGRES");
        if (string.IsNullOrEmpty(server))
        {
            Assert.NotEqual("1", Environment.GetEnvironmentVariable("ARCHIVE_REQUIRE_POSTGRES"));
            return null;
        }

        return new SharedPostgresDatabase(server, prefix);
    }

    public ArchiveWebFactory Node() => new() { Root = Root, Provider = "Postgres", ConnectionString = ConnectionString };

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_server);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
        Directory.Delete(Root, recursive: true);
    }
}
