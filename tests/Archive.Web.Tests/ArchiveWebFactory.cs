using Archive.Core.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archive.Web.Tests;

/// <summary>
/// The real web app on a fresh SQLite file in a temporary folder: it imports seeds/ and content/ at start exactly as
/// `dotnet run` does on a fresh clone. Shared by the tests of a collection.
/// </summary>
public sealed class ArchiveWebFactory : WebApplicationFactory<Program>
{
    private readonly string _data = Directory.CreateTempSubdirectory("archive-web-test-").FullName;

    /// <summary>Search requests per minute per client; the shared test app sends many, so it is off unless a test sets it.</summary>
    public int SearchPermitsPerMinute { get; init; }

    /// <summary>The folder holding seeds/ and content/ (default: this repository).</summary>
    public string Root { get; init; } = RepositoryRoot;

    /// <summary>"Sqlite" (default, a file in a temporary folder) or "Postgres" with <see cref="ConnectionString"/>.</summary>
    public string Provider { get; init; } = "Sqlite";

    public string? ConnectionString { get; init; }

    /// <summary>What the app logged (information and above), so that a test can show why it answered 500.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>How often the app polls the import generation (default 0.2 s; a test that wants no eviction sets it long).</summary>
    public double IndexPollSeconds { get; init; } = 0.2;

    /// <summary>Further settings (key, value) the app starts with, such as a lowered page size.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public static string RepositoryRoot => Archive.Tests.RepositoryRoot.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.UseStaticWebAssets();
        builder.UseSetting("Archive:RootDirectory", Root);
        builder.UseSetting("Archive:DataDirectory", _data);
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Archive", ConnectionString ?? $"Data Source={Path.Combine(_data, "archive.db")}");
        builder.UseSetting("Archive:IndexPollSeconds", IndexPollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Archive:Web:SearchPermitsPerMinute", SearchPermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Archive:Web:SearchBurst", "3");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    /// <summary>Waits until the search index is built (the app builds it in the background after start).</summary>
    public async Task WaitForSearchAsync()
    {
        var index = Services.GetRequiredService<SearchIndex>();
        for (var i = 0; i < 300 && !index.IsReady; i++)
        {
            await Task.Delay(100);
        }

        Assert.True(index.IsReady, "the search index was not built within 30 s");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS to clean
        }
    }
}
