using Archive.Core;
using Archive.Core.Search;
using Archive.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Bench;

/// <summary>
/// The archive's own services over the repository's seeds/ and content/, with an in-memory SQLite database and the
/// data and index folders in a temporary folder that is deleted afterwards. Nothing in the repository is written.
/// </summary>
internal sealed class BenchArchive : IAsyncDisposable
{
    private readonly SqliteConnection keepAlive;

    private BenchArchive(string temp, ServiceProvider services, SqliteConnection keepAlive)
    {
        TempDirectory = temp;
        Services = services;
        this.keepAlive = keepAlive;
    }

    public string TempDirectory { get; }

    public string IndexDirectory => Path.Combine(TempDirectory, "index");

    public ServiceProvider Services { get; }

    public SearchIndex Index => Services.GetRequiredService<SearchIndex>();

    public ArchiveSearch Search => Services.GetRequiredService<ArchiveSearch>();

    public Core.Search.Expansion.SearchVocabulary Vocabulary => Services.GetRequiredService<Core.Search.Expansion.SearchVocabulary>();

    /// <summary>An archive with an empty, migrated database (import generation 0) over the repository or another <paramref name="root"/>.</summary>
    public static async Task<BenchArchive> CreateAsync(string? root = null)
    {
        var temp = Directory.CreateTempSubdirectory("archive-bench-").FullName;
        var connectionString = $"Data Source=archive-bench-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        var keepAlive = new SqliteConnection(connectionString);
        await keepAlive.OpenAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Archive:RootDirectory"] = root ?? RepositoryRoot.Path,
            ["Archive:DataDirectory"] = temp,
            ["Archive:IndexDirectory"] = Path.Combine(temp, "index"),
            ["ConnectionStrings:Archive"] = connectionString,
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddArchiveCore()
            .BuildServiceProvider();
        await services.GetRequiredService<ArchiveDatabase>().MigrateAsync(CancellationToken.None);
        return new BenchArchive(temp, services, keepAlive);
    }

    /// <summary>Imports the repository's seeds and content/ and rebuilds the index from them.</summary>
    public async Task<IReadOnlyList<IndexedText>> ImportSeedAsync()
    {
        var report = await Services.GetRequiredService<Core.Import.ArchiveImporter>().ImportAsync(null, CancellationToken.None);
        if (!report.Succeeded)
        {
            throw new InvalidOperationException("The seed did not import: " + string.Join("; ", report.Diagnostics));
        }

        await Index.RebuildAsync(CancellationToken.None);
        var (texts, _) = await Services.GetRequiredService<IndexedTextSource>().LoadAsync(CancellationToken.None);
        return texts;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await keepAlive.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(TempDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
