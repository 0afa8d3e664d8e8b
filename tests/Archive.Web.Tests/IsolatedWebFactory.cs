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

    /// <summary>
    /// Stops the app and waits until its index's ownership lock is free. The app's own entry point disposes its host
    /// too (after <c>RunAsync</c> returns), and the second of two disposals returns at once, before the first has
    /// closed the index: without this wait, the next app on the same data (or a copy of its folder) can find the lock
    /// still held.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        var ownerLock = IndexDirectory + ".owner-lock";
        for (var waited = 0; File.Exists(ownerLock); waited++)
        {
            using (var free = Archive.Core.Storage.ExclusiveFileLock.TryTake(ownerLock))
            {
                if (free is not null)
                {
                    return;
                }
            }

            Assert.True(waited < 300, "the stopped app still held its search index after 30 s");
            await Task.Delay(100);
        }
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
