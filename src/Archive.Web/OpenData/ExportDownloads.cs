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
    /// <summary>The file names, in the order the home page lists them.</summary>
    public static readonly IReadOnlyList<string> Names = ["archive.json", "archive.csv", "akn.zip"];

    private readonly SemaphoreSlim _building = new(1, 1);
    private (long Generation, string Site, IReadOnlyList<ExportDownload> Files)? _built;

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
                new("archive.json", "application/json", JsonSerializer.SerializeToUtf8Bytes(bundle, BundleJson.Options)),
                new("archive.csv", "text/csv", await BytesAsync((s, ct) => ClauseCsv.WriteAsync(bundle, s, ct), cancellationToken)),
                new("akn.zip", "application/zip", await BytesAsync((s, ct) => ZipAsync(bundle, s, ct), cancellationToken)),
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
