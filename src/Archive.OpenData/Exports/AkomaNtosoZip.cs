using System.IO.Compression;

namespace Archive.Core.Exports;

/// <summary>The Akoma Ntoso documents of a bundle as one zip (<c>/export/akn.zip</c>), written a resolution at a time.</summary>
public static class AkomaNtosoZip
{
    /// <summary>Writes the zip to <paramref name="stream"/> (seekable: each entry's sizes are written back after its data).</summary>
    public static async Task WriteAsync(IBundleParts parts, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parts);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var collection in parts.Outline.Collections)
        {
            await foreach (var resolution in parts.ResolutionsAsync(collection, cancellationToken))
            {
                foreach (var (path, document) in ExportWriters.AkomaNtosoFiles(collection, resolution, parts.Outline.ExportedAt))
                {
                    var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
                    entry.LastWriteTime = parts.Outline.ExportedAt;
                    await using var target = await entry.OpenAsync(cancellationToken);
                    await ExportWriters.SaveAsync(document, target, cancellationToken);
                }
            }
        }
    }
}
