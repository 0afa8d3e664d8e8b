using Archive.Core;
using Archive.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archive.Cli;

/// <summary>Builds the same services as the web app, from appsettings.json, the environment and the command's options.</summary>
internal static class CliServices
{
    public static async Task<ServiceProvider> StartAsync(string? db, string? content, CancellationToken cancellationToken)
    {
        var overrides = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(db))
        {
            overrides["ConnectionStrings:Archive"] = $"Data Source={Path.GetFullPath(db)}";
        }

        if (!string.IsNullOrWhiteSpace(content))
        {
            overrides["Archive:ContentDirectory"] = Path.GetFullPath(content);
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging
                .AddConfiguration(configuration.GetSection("Logging"))
                // A failure reaches the operator as the command's one-line message; EF Core's own log of it would be a second, longer one.
                .AddFilter("Microsoft", Archive.Core.ArchiveFaultException.DebugRequested ? LogLevel.Warning : LogLevel.None)
                .AddSimpleConsole(o => o.SingleLine = true)
                .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace))
            .AddArchiveCore()
            .BuildServiceProvider();
        await services.GetRequiredService<ArchiveDatabase>().MigrateAsync(cancellationToken);
        return services;
    }
}
