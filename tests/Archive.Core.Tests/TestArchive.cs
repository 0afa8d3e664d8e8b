using Archive.Core.Import;
using Archive.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests;

/// <summary>
/// A throw-away archive for a test: a temporary root folder (seeds/, content/, App_Data/) and a real SQLite database,
/// in memory and kept alive by one open connection for as long as the test runs, or (<c>onDisk</c>) a file in
/// App_Data/, for what only a file database does: WAL, readers beside a writer.
/// </summary>
internal sealed class TestArchive : IAsyncDisposable
{
    private readonly SqliteConnection? _keepAlive;
    private readonly string? _postgresDatabase;

    private TestArchive(string root, string connectionString, ServiceProvider services, SqliteConnection? keepAlive, string? postgresDatabase)
    {
        Root = root;
        ConnectionString = connectionString;
        Services = services;
        _keepAlive = keepAlive;
        _postgresDatabase = postgresDatabase;
    }

    public string Root { get; }

    public string ConnectionString { get; }

    public ServiceProvider Services { get; }

    public ArchiveImporter Importer => Services.GetRequiredService<ArchiveImporter>();

    /// <summary>
    /// A test archive on SQLite — in memory, or with <paramref name="onDisk"/> a file in the temporary root (for WAL) — or,
    /// with <paramref name="provider"/> "Postgres", on a new database of the test cluster.
    /// </summary>
    public static async Task<TestArchive> CreateAsync(bool withContent = false, string provider = "Sqlite", bool onDisk = false)
    {
        var root = Directory.CreateTempSubdirectory("archive-test-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "seeds"));
        if (withContent)
        {
            CopyDirectory(RepositoryFiles.ContentDirectory, Path.Combine(root, "content"));
        }

        string connectionString;
        SqliteConnection? keepAlive = null;
        string? database = null;
        if (provider == DatabaseProviders.Postgres)
        {
            database = $"archive_test_{Guid.NewGuid():N}";
            connectionString = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseProviders.PostgresServer) { Database = database }.ConnectionString;
        }
        else
        {
            Directory.CreateDirectory(Path.Combine(root, "App_Data"));
            connectionString = onDisk
                ? $"Data Source={Path.Combine(root, "App_Data", "archive.db")}"
                : $"Data Source=archive-test-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
            keepAlive = new SqliteConnection(connectionString);
            await keepAlive.OpenAsync();
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Archive:RootDirectory"] = root,
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Archive"] = connectionString,
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddArchiveCore()
            .BuildServiceProvider();
        await services.GetRequiredService<ArchiveDatabase>().MigrateAsync(CancellationToken.None);
        return new TestArchive(root, connectionString, services, keepAlive, database);
    }

    /// <summary>Writes a seed file under seeds/ and returns its full path.</summary>
    public string WriteSeed(string name, byte[] bytes)
    {
        var path = Path.Combine(Root, "seeds", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string WriteSeed(string name, string text) => WriteSeed(name, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Copies the real seed, with its metadata.yml (collection wpi-congress-12), into a folder of the test's seeds.</summary>
    public string CopyRealSeed(string name = "wpi/resolutions.fa.txt")
    {
        var path = WriteSeed(name, File.ReadAllBytes(RepositoryFiles.SeedPath));
        File.Copy(Path.Combine(Path.GetDirectoryName(RepositoryFiles.SeedPath)!, Core.Import.SeedReader.MetadataFileName), Path.Combine(Path.GetDirectoryName(path)!, Core.Import.SeedReader.MetadataFileName), overwrite: true);
        return path;
    }

    public async Task<ArchiveDbContext> OpenAsync() =>
        await Services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();

    /// <summary>Everything the database holds, as text, to show that a failed import changed nothing.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var db = await OpenAsync();
        var rows = await db.Clauses.OrderBy(c => c.Id).Select(c => $"{c.Id}|{c.ResolutionId}|{c.Key}|{c.Text}").ToListAsync();
        var docs = await db.SourceDocuments.OrderBy(d => d.Id).Select(d => $"{d.Id}|{d.Path}|{d.Sha256}").ToListAsync();
        var state = await db.State.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value}").ToListAsync();
        var translations = await db.ClauseTranslations.CountAsync();
        return string.Join('\n', docs.Concat(state).Concat(rows).Append($"translations={translations}"));
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_keepAlive is not null)
        {
            await _keepAlive.DisposeAsync();
            SqliteConnection.ClearAllPools();
        }

        if (_postgresDatabase is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await using var admin = new Npgsql.NpgsqlConnection(DatabaseProviders.PostgresServer);
            await admin.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    public static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
