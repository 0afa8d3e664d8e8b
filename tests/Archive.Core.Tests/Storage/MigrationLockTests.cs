using System.Globalization;
using Archive.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Storage;

/// <summary>
/// EF Core's migration lock on SQLite is a row in <c>__EFMigrationsLock</c>; a process killed while holding it (an
/// <c>archive</c> command killed at start) leaves the row behind, and every later start would wait for it forever.
/// </summary>
public class MigrationLockTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task MigrateAsync_OnAnUpToDateDatabaseWithALeftOverLock_DoesNotWaitForTheLock()
    {
        await using var archive = await TestArchive.CreateAsync(onDisk: true);
        Execute(archive.ConnectionString, LockTable, Lock(DateTime.UtcNow));

        using var timeout = new CancellationTokenSource(Patience);
        await archive.Services.GetRequiredService<ArchiveDatabase>().MigrateAsync(timeout.Token);

        Assert.True(await archive.Services.GetRequiredService<ArchiveDatabase>().IsEmptyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task MigrateAsync_OfANewDatabaseWhoseFirstMigrationWasKilled_ReleasesTheStaleLockAndMigrates()
    {
        await using var archive = await TestArchive.CreateAsync(onDisk: true);
        var killed = Path.Combine(archive.Root, "App_Data", "killed.db");
        var connection = $"Data Source={killed}";
        Execute(connection, LockTable, Lock(DateTime.UtcNow.AddMinutes(-10)));
        await using var services = Services(archive.Root, connection);

        using var timeout = new CancellationTokenSource(Patience);
        await services.GetRequiredService<ArchiveDatabase>().MigrateAsync(timeout.Token);

        Assert.True(await services.GetRequiredService<ArchiveDatabase>().IsEmptyAsync(CancellationToken.None));
        Assert.Equal("0", Scalar(connection, "SELECT COUNT(*) FROM \"__EFMigrationsLock\";"));
    }

    private const string LockTable = """
        CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
        """;

    private static string Lock(DateTime when) =>
        $"INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '{new DateTimeOffset(when).ToString("yyyy-MM-dd HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture)}');";

    private static ServiceProvider Services(string root, string connection) => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Archive:RootDirectory"] = root, ["ConnectionStrings:Archive"] = connection })
            .Build())
        .AddLogging()
        .AddArchiveCore()
        .BuildServiceProvider();

    private static void Execute(string connectionString, params string[] statements)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        foreach (var sql in statements)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }

    private static string Scalar(string connectionString, string sql)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture)!;
    }
}
