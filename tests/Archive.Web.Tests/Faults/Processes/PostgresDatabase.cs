using System.Globalization;
using Npgsql;

namespace Archive.Web.Tests.Faults.Processes;

/// <summary>
/// A database of the test's own on the PostgreSQL server that tests/run.sh starts (<c>ARCHIVE_TEST_POSTGRES</c>); not
/// created here (the programs create it, as on a fresh node), dropped afterwards.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly string _server;

    private PostgresDatabase(string server)
    {
        _server = server;
        Name = $"archive_fault_{Guid.NewGuid():N}";
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>A new database name, or null without a server (then the test must not be under tests/run.sh, which requires one).</summary>
    public static PostgresDatabase? TryCreate()
    {
        var server = Environment.GetEnvironmentVariable("ARCHIVE_TEST_POSTGRES");
        if (string.IsNullOrEmpty(server))
        {
            Assert.NotEqual("1", Environment.GetEnvironmentVariable("ARCHIVE_REQUIRE_POSTGRES"));
            return null;
        }

        return new PostgresDatabase(server);
    }

    /// <summary>The settings of a node on this database keeping its index in <paramref name="dataDirectory"/>.</summary>
    public Dictionary<string, string> Settings(string dataDirectory) => new(StringComparer.Ordinal)
    {
        ["Database__Provider"] = "Postgres",
        ["ConnectionStrings__Archive"] = ConnectionString,
        ["Archive__DataDirectory"] = dataDirectory,
    };

    public async Task<string> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) ?? string.Empty;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_server);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
