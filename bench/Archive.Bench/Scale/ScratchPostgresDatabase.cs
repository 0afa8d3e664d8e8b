using System.Globalization;
using Npgsql;

namespace Archive.Bench.Scale;

/// <summary>A new, empty database on a PostgreSQL server for one import, dropped on dispose unless kept.</summary>
internal sealed class ScratchPostgresDatabase : IAsyncDisposable
{
    private readonly string _maintenance;

    private ScratchPostgresDatabase(string maintenance, string name, string connectionString)
    {
        _maintenance = maintenance;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    /// <summary>The connection string of the new database.</summary>
    public string ConnectionString { get; }

    public bool Keep { get; set; }

    public static async Task<ScratchPostgresDatabase> CreateAsync(string maintenance)
    {
        var name = "archive_scale_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(maintenance, $"CREATE DATABASE {name}");
        var builder = new NpgsqlConnectionStringBuilder(maintenance) { Database = name };
        return new ScratchPostgresDatabase(maintenance, name, builder.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        if (!Keep)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(_maintenance, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"PostgreSQL database {Name}");
}
