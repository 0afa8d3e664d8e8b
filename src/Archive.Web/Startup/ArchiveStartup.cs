using Archive.Core.Import;
using Archive.Core.Storage;

namespace Archive.Web.Startup;

/// <summary>
/// At start: applies migrations and, when the database is empty, imports seeds/ and content/ so a fresh clone
/// serves the archive with nothing to configure.
/// </summary>
internal sealed class ArchiveStartup(ArchiveDatabase database, ArchiveImporter importer, ILogger<ArchiveStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.MigrateAsync(cancellationToken);
        if (!await database.IsEmptyAsync(cancellationToken))
        {
            return;
        }

        logger.LogInformation("The database is empty: importing the seeds and content");
        var report = await importer.ImportAsync(null, cancellationToken);
        foreach (var d in report.Diagnostics)
        {
            if (d.IsError)
            {
                logger.LogError("{Diagnostic}", d);
            }
            else
            {
                logger.LogWarning("{Diagnostic}", d);
            }
        }

        if (!report.Succeeded)
        {
            throw new InvalidOperationException("The first import failed; see the errors above. Fix the input and start again.");
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Imported {Resolutions} resolutions, {Clauses} clauses", report.Documents.Sum(d => d.Resolutions), report.Documents.Sum(d => d.Clauses));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
