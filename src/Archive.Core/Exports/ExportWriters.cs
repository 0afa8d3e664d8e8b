using System.Globalization;
using System.Text.Json;

namespace Archive.Core.Exports;

/// <summary>The export formats by name, each written from one <see cref="ArchiveBundle"/> (the command and the site share them).</summary>
public static class ExportWriters
{
    /// <summary>Writes <paramref name="bundle"/> as <paramref name="format"/> (json, akn, csv) at <paramref name="path"/>; says what was written.</summary>
    public static async Task<string> WriteAsync(string format, ArchiveBundle bundle, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var resolutions = bundle.Collections.Sum(c => c.Resolutions.Count);
        switch (format)
        {
            case "json":
                await ExportFiles.WriteAsync(path, (s, ct) => JsonSerializer.SerializeAsync(s, bundle, BundleJson.Options, ct), cancellationToken);
                return string.Create(CultureInfo.InvariantCulture, $"archive bundle version {bundle.Version}: {resolutions} resolutions, {new FileInfo(path).Length} bytes");
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "not an export format");
        }
    }
}
