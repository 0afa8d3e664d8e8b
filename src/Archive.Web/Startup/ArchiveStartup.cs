using Archive.Core;
using Archive.Core.Import;
using Archive.Core.Storage;

namespace Archive.Web.Startup;

/// <summary>
/// At start, holding the database's setup lock (so that of several nodes started together exactly one does it):
/// applies migrations and, when the database is empty, imports seeds/ and content/ so a fresh clone serves the archive
/// with nothing to configure. A fault the operator must fix ends the start with an <see cref="ArchiveFaultException"/>.
/// </summary>
internal sealed class ArchiveStartup(ArchiveDatabase database, ArchiveImporter importer, ArchiveLocations locations, ILogger<ArchiveStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var held = await database.TakeSetupLockAsync(cancellationToken);
            await database.MigrateHoldingLockAsync(cancellationToken);
            if (await database.IsEmptyAsync(cancellationToken))
            {
                await ImportFirstAsync(cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not ArchiveFaultException && DatabaseFaults.Explain(ex, locations, "the database is unchanged") is { } fault)
        {
            throw fault;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ImportFirstAsync(CancellationToken cancellationToken)
    {
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
            throw new ArchiveFaultException("the first import failed (the errors are above) and wrote nothing; fix seeds/ or content/ and start again");
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Imported {Resolutions} resolutions, {Clauses} clauses", report.Documents.Sum(d => d.Resolutions), report.Documents.Sum(d => d.Clauses));
        }
    }
}
