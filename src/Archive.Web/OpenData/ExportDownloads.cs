using Archive.Core;
using Archive.Core.Exports;
using Archive.Core.Storage;

namespace Archive.Web.OpenData;

/// <summary>
/// The archive's downloads (<c>/export/archive.json</c>, <c>/export/archive.csv</c>, <c>/export/akn.zip</c>), made
/// once per import generation and site address as files in the data folder (<see cref="ExportFolders"/>), each streamed
/// from one read snapshot a chunk of resolutions at a time, so that memory stays small at any archive size, the home
/// page can give their sizes, and a download is a file read. When they cannot be made (a full disk, a read-only data
/// folder) the log says why in one line, nothing half-written stays, and they are unavailable until
/// <see cref="RetryAfter"/> has passed.
/// </summary>
public sealed partial class ExportDownloads(BundleExporter exporter, ArchiveDatabase database, ArchiveLocations locations, TimeProvider time, ILogger<ExportDownloads> logger) : IDisposable
{
    /// <summary>The files and their media types, in the order the home page lists them.</summary>
    public static readonly IReadOnlyList<(string Name, string MediaType)> Files =
        [("archive.json", "application/json"), ("archive.csv", "text/csv"), ("akn.zip", "application/zip")];

    /// <summary>
    /// How long a page waits for the downloads to give their sizes: a small archive's are made in milliseconds; a large
    /// one's (minutes at 1,000,000 clauses) go on being made for the first download while the page is served without sizes.
    /// </summary>
    public static readonly TimeSpan PageWait = TimeSpan.FromSeconds(1);

    /// <summary>How long after a failed attempt the downloads answer unavailable before they are tried again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    private readonly ExportFolders _folders = new(Path.Combine(locations.DataDirectory, "exports"));
    private readonly SemaphoreSlim _building = new(1, 1);
    private (long Generation, string Site, string Folder, IReadOnlyList<ExportDownload> Files)? _made;
    private (long Generation, string Site, DateTimeOffset At)? _failed;

    /// <summary>The downloads when they are made within <paramref name="wait"/> (they go on being made after it), else null.</summary>
    public async Task<IReadOnlyList<ExportDownload>?> TryGetAsync(Uri site, TimeSpan wait, CancellationToken cancellationToken)
    {
        // On a thread of its own: SQLite's "async" reads run synchronously, so the caller would otherwise make it all.
        var making = Task.Run(() => GetAsync(site, CancellationToken.None), CancellationToken.None);
        if (await Task.WhenAny(making, Task.Delay(wait, cancellationToken)) == making)
        {
            return await making;
        }

        _ = making.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default); // observed; the download reports it
        return null;
    }

    /// <summary>The downloads of the current import generation for <paramref name="site"/>, made on the first ask; null when they cannot be made (the log says why).</summary>
    public async Task<IReadOnlyList<ExportDownload>?> GetAsync(Uri site, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        var generation = await database.GetGenerationAsync(cancellationToken);
        if (Made(generation, site) is { } made)
        {
            return made;
        }

        await _building.WaitAsync(cancellationToken);
        try
        {
            if (Made(generation, site) is { } again)
            {
                return again;
            }

            if (_failed is { } failed && failed.Generation == generation && failed.Site == site.AbsoluteUri && time.GetUtcNow() - failed.At < RetryAfter)
            {
                return null;
            }

            try
            {
                // Not cancelled with the request that started it: a reader who gives up waiting (minutes at a million
                // clauses) must not throw the work away for the next one.
                var (madeGeneration, folder) = await MakeAsync(generation, site, CancellationToken.None);
                IReadOnlyList<ExportDownload> files = [.. Files.Select(f => new ExportDownload(f.Name, f.MediaType, Path.Combine(folder, f.Name), new FileInfo(Path.Combine(folder, f.Name)).Length))];
                _made = (madeGeneration, site.AbsoluteUri, folder, files);
                _failed = null;
                return files;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArchiveFaultException)
            {
                LogCannotMake(logger, locations.Display(_folders.Root), ex.Message);
                _failed = (generation, site.AbsoluteUri, time.GetUtcNow());
                return null;
            }
        }
        finally
        {
            _building.Release();
        }
    }

    public void Dispose() => _building.Dispose();

    private IReadOnlyList<ExportDownload>? Made(long generation, Uri site) =>
        _made is { } made && made.Generation == generation && made.Site == site.AbsoluteUri && Directory.Exists(made.Folder) ? made.Files : null;

    /// <summary>
    /// Finds the folder (made before a restart, or by another node on this data folder) or makes it, holding the build
    /// lock; returns the generation it describes (the snapshot's: an import committed since the caller's look is in it).
    /// </summary>
    private async Task<(long Generation, string Folder)> MakeAsync(long generation, Uri site, CancellationToken cancellationToken)
    {
        var names = Files.Select(f => f.Name).ToList();
        if (_folders.Find(generation, site, names) is { } found)
        {
            return (generation, found);
        }

        using var held = await _folders.LockAsync(cancellationToken);
        await using var snapshot = await exporter.OpenAsync(site, cancellationToken);
        var folder = _folders.PathOf(snapshot.Generation, site);
        if (_folders.Find(snapshot.Generation, site, names) is null)
        {
            _folders.RemoveUnfinished(folder);
            await ExportFiles.WriteFolderAsync(folder, (temporary, ct) => WriteFilesAsync(snapshot, temporary, ct), cancellationToken);
        }

        _folders.RemoveGenerationsBefore(snapshot.Generation);
        return (snapshot.Generation, folder);
    }

    private static async Task WriteFilesAsync(BundleSnapshot snapshot, string folder, CancellationToken cancellationToken)
    {
        foreach (var (name, _) in Files)
        {
            await using var stream = File.Create(Path.Combine(folder, name));
            await (name switch
            {
                "archive.json" => BundleJsonWriter.WriteAsync(snapshot, stream, cancellationToken),
                "archive.csv" => ClauseCsv.WriteAsync(snapshot, stream, cancellationToken),
                _ => AkomaNtosoZip.WriteAsync(snapshot, stream, cancellationToken),
            });
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The open-data downloads cannot be made in {Folder}: {Reason}; /export/ answers 503 and tries again in a minute")]
    private static partial void LogCannotMake(ILogger logger, string folder, string reason);
}
