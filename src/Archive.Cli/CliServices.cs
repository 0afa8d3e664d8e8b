using Archive.Core;
using Archive.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Cli;

/// <summary>
/// Builds the command's services on the same host as the web app: the settings file beside the program, the content
/// root's appsettings, the environment, then the command's options; console logging; every setting validated before
/// anything runs. A command that only reads opens the archive as it is; one that writes migrates it first.
/// </summary>
internal static class CliServices
{
    public static async Task<CliSession> StartAsync(string? db, string? content, CancellationToken cancellationToken, bool readOnly = false)
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

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = true,
        });
        ProgramSettings.AddBesideProgram(builder.Configuration);
        builder.Configuration.AddEnvironmentVariables().AddInMemoryCollection(overrides);
        builder.Logging
            .AddConfiguration(builder.Configuration.GetSection("Logging"))
            // A failure reaches the operator as the command's one-line message; EF Core's own log of it would be a second, longer one.
            .AddFilter("Microsoft", ArchiveFaultException.DebugRequested ? LogLevel.Warning : LogLevel.None)
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddArchiveCore();
        var host = builder.Build();
        var session = new CliSession(host);
        try
        {
            host.Services.GetService<IStartupValidator>()?.Validate();
            var database = host.Services.GetRequiredService<ArchiveDatabase>();
            if (readOnly)
            {
                await database.EnsureReadableAsync(cancellationToken);
            }
            else
            {
                await database.MigrateAsync(cancellationToken);
            }
        }
        catch (OptionsValidationException ex)
        {
            await session.DisposeAsync();
            throw new ArchiveFaultException("a setting is wrong: " + string.Join("; ", ex.Failures));
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }

        return session;
    }
}
