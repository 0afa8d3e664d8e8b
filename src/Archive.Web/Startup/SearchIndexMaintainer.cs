using Archive.Core.Search;
using Archive.Core.Storage;
using Archive.Core;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Archive.Web.Startup;

/// <summary>
/// Builds the search index in the background at start (search answers 503 until it is ready), then follows the
/// database: when the import generation changes (an import here or by the <c>archive</c> command), it evicts every
/// cached page at once, so readers see the new text, and rebuilds the index (evicting again when it is done). When the
/// index cannot be built (a full disk, an unwritable folder, another owner) it keeps the readable index, says why in
/// the log and <c>/healthz</c> (<see cref="SearchIndex.ProblemMessage"/>), and tries again when the database changes or
/// after <c>Archive:IndexRetrySeconds</c> (30 s: a rebuild reads every text).
/// An unexpected failure ends the site with exit code 1, so that a supervisor restarts it.
/// </summary>
internal sealed partial class SearchIndexMaintainer(SearchIndex index, ArchiveDatabase database, ArchiveHealth health, IOutputCacheStore cache, IOptions<ArchiveOptions> options, ILogger<SearchIndexMaintainer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.IndexPollSeconds);
        var retry = TimeSpan.FromSeconds(options.Value.IndexRetrySeconds);
        long? seen = null;
        string? reported = null;
        var retryAt = DateTime.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var generation = await database.GetGenerationAsync(stoppingToken);
                health.Record(generation);
                if (seen is { } before && before != generation)
                {
                    await cache.EvictByTagAsync(Caching.ArchiveOutputCache.Tag, stoppingToken);
                }

                var changed = seen != generation;
                seen = generation;

                // A rebuild that failed (a full disk) is tried again when the database changes, or after the retry pause; another
                // process's index is followed at every poll (its new commits, and the folder once that process ends).
                if ((!index.IsReady || generation != index.Generation || index.Problem != SearchIndexProblem.None)
                    && (index.Problem is SearchIndexProblem.None or SearchIndexProblem.OwnedElsewhere || changed || DateTime.UtcNow >= retryAt))
                {
                    retryAt = DateTime.UtcNow + retry;
                    if (await index.EnsureCurrentAsync(stoppingToken))
                    {
                        await cache.EvictByTagAsync(Caching.ArchiveOutputCache.Tag, stoppingToken);
                        LogReady(logger, index.Generation);
                        reported = null;
                    }
                    else if (index.ProblemMessage != reported)
                    {
                        reported = index.ProblemMessage;
                        LogIndexProblem(logger, index.Problem == SearchIndexProblem.OwnedElsewhere ? LogLevel.Warning : LogLevel.Error, reported ?? "unknown");
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (System.Data.Common.DbException ex)
            {
                health.Fail(ex.Message);
                LogDatabaseFailed(logger, ex.Message);
            }
            catch (Exception ex)
            {
                var type = ex.GetType().Name;
                var where = Core.ArchiveFaultException.DebugRequested ? ex : null;
                LogStopped(logger, type, ex.Message, where);
                Environment.ExitCode = 1;
                throw;
            }

            await Task.Delay(interval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index ready at import generation {Generation}")]
    private static partial void LogReady(ILogger logger, long generation);

    [LoggerMessage(Message = "Search index not updated: {Reason}; trying again when the database changes, or in Archive:IndexRetrySeconds")]
    private static partial void LogIndexProblem(ILogger logger, LogLevel level, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Database check failed: {Reason}; retrying at every poll")]
    private static partial void LogDatabaseFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The search index maintainer stopped on an unexpected {Type}: {Reason}; the site exits with code 1 (ARCHIVE_DEBUG=1 logs where)")]
    private static partial void LogStopped(ILogger logger, string type, string reason, Exception? exception);
}
