using Archive.Core.Search;
using Archive.Core.Storage;
using Microsoft.AspNetCore.OutputCaching;

namespace Archive.Web.Startup;

/// <summary>
/// Builds the search index in the background at start (search answers 503 until it is ready), then follows the
/// database: when the import generation changes (an import here or by the <c>archive</c> command), it rebuilds and
/// evicts every cached page, so readers see the new text at once.
/// </summary>
internal sealed partial class SearchIndexMaintainer(SearchIndex index, ArchiveDatabase database, ArchiveHealth health, IOutputCacheStore cache, IConfiguration configuration, ILogger<SearchIndexMaintainer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Archive:IndexPollSeconds", 5.0));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var generation = await database.GetGenerationAsync(stoppingToken);
                health.Record(generation);
                if (!index.IsReady || generation != index.Generation)
                {
                    await index.EnsureCurrentAsync(stoppingToken);
                    await cache.EvictByTagAsync(Caching.ArchiveOutputCache.Tag, stoppingToken);
                    LogReady(logger, index.Generation);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (System.Data.Common.DbException ex)
            {
                health.Fail(ex.Message);
                LogFailed(logger, ex);
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or Lucene.Net.Store.LockObtainFailedException)
            {
                LogFailed(logger, ex);
            }

            await Task.Delay(interval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index ready at import generation {Generation}")]
    private static partial void LogReady(ILogger logger, long generation);

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index could not be built; retrying")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
