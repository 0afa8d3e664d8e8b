using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archive.Web.Tests;

/// <summary>
/// An app instance of its own, on a data folder (database and index) and an archive root (seeds/, content/) the test
/// chooses; several instances may follow one another on the same data. Its log is kept in <see cref="Logs"/>.
/// </summary>
public sealed class IsolatedWebFactory(string dataDirectory, string rootDirectory, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public CapturedLogs Logs { get; } = new();

    public string DataDirectory => dataDirectory;

    public string IndexDirectory => Path.Combine(dataDirectory, "archive-index");

    /// <summary>Waits until the app has built (or opened) its search index.</summary>
    public async Task WaitForSearchAsync()
    {
        var index = Services.GetRequiredService<Archive.Core.Search.SearchIndex>();
        for (var i = 0; i < 300 && !index.IsReady; i++)
        {
            await Task.Delay(100);
        }

        Assert.True(index.IsReady, "the search index was not built within 30 s");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Archive:RootDirectory", rootDirectory);
        builder.UseSetting("Archive:DataDirectory", dataDirectory);
        builder.UseSetting("ConnectionStrings:Archive", $"Data Source={Path.Combine(dataDirectory, "archive.db")}");
        builder.UseSetting("Archive:IndexPollSeconds", "0.2");
        // These tests poll search until it answers; the per-client rate limit has its own test (RateLimitTests).
        builder.UseSetting("Archive:Web:SearchPermitsPerMinute", "0");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}
