using System.IO.Compression;
using System.Text.Json;
using Archive.Core.Exports;
using Archive.Core.Storage;

namespace Archive.Web.OpenData;

/// <summary>
/// The archive's downloads (<c>/export/archive.json</c>, <c>/export/archive.csv</c>, <c>/export/akn.zip</c>), made
/// once per import generation and site address and kept in memory, so that the home page can give their sizes and a
/// download costs nothing.
/// </summary>
public sealed class ExportDownloads(BundleExporter exporter, ArchiveDatabase database) : IDisposable
{
    /// <summary>The files and their media types, in the order the home page lists them.</summary>
    public static readonly IReadOnlyList<(string Name, string MediaType)> Files =
        [("archive.json", "application/json"), ("archive.csv", "text/csv"), ("akn.zip", "application/zip")];

    /// <summary>
    /// How long a page waits for the downloads to give their sizes: a small archive's are made in milliseconds; a large
    /// one's (a minute and gigabytes at 1,000,000 clauses) go on being made for the first download while the page is
    /// served without sizes.
    /// </summary>
    public static readonly TimeSpan PageWait = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _building = new(1, 1);
    private (long Generation, string Site, IReadOnlyList<ExportDownload> Files)? _built;

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

    public async Task<IReadOnlyList<ExportDownload>> GetAsync(Uri site, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        var generation = await database.GetGenerationAsync(cancellationToken);
        if (_built is { } built && built.Generation == generation && built.Site == site.AbsoluteUri)
        {
            return built.Files;
        }

        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_built is { } again && again.Generation == generation && again.Site == site.AbsoluteUri)
            {
                return again.Files;
            }

            var bundle = await exporter.ExportAsync(site, cancellationToken);
            IReadOnlyList<ExportDownload> files =
            [
                new(Files[0].Name, Files[0].MediaType, JsonSerializer.SerializeToUtf8Bytes(bundle, BundleJson.Options)),
                new(Files[1].Name, Files[1].MediaType, await BytesAsync((s, ct) => ClauseCsv.WriteAsync(bundle, s, ct), cancellationToken)),
                new(Files[2].Name, Files[2].MediaType, await BytesAsync((s, ct) => ZipAsync(bundle, s, ct), cancellationToken)),
            ];
            _built = (generation, site.AbsoluteUri, files);
            return files;
        }
        finally
        {
            _building.Release();
        }
    }

    public void Dispose() => _building.Dispose();

    private static async Task<byte[]> BytesAsync(Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await write(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private static async Task ZipAsync(ArchiveBundle bundle, Stream stream, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (path, document) in ExportWriters.AkomaNtosoFiles(bundle))
        {
            var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
            entry.LastWriteTime = bundle.ExportedAt;
            await using var target = await entry.OpenAsync(cancellationToken);
            await ExportWriters.SaveAsync(document, target, cancellationToken);
        }
    }
}
