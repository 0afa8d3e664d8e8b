using System.Globalization;
using System.Text.Json;

namespace Archive.Core.Exports;

/// <summary>The export formats by name, each written from one <see cref="ArchiveBundle"/> (the command and the site share them).</summary>
public static class ExportWriters
{
    /// <summary>
    /// One Akoma Ntoso file per resolution and language: <c>{collection}/{number}.{language}.xml</c> (the original and
    /// each translation of the resolution's title); returns how many.
    /// </summary>
    public static async Task<int> WriteAkomaNtosoAsync(ArchiveBundle bundle, string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var count = 0;
        foreach (var collection in bundle.Collections)
        {
            var directory = Directory.CreateDirectory(Path.Combine(folder, collection.Slug)).FullName;
            foreach (var resolution in collection.Resolutions)
            {
                foreach (var language in resolution.Translations.Select(t => t.Language).Prepend(collection.Language).Distinct(StringComparer.Ordinal))
                {
                    var file = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"{resolution.Number:00}.{language}.xml"));
                    await using var stream = File.Create(file);
                    await using var xml = System.Xml.XmlWriter.Create(stream, new System.Xml.XmlWriterSettings { Async = true, Indent = true, Encoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false) });
                    await AkomaNtosoDocument.Build(collection, resolution, language, bundle.ExportedAt).SaveAsync(xml, cancellationToken);
                    count++;
                }
            }
        }

        return count;
    }

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
            case "akn":
                var documents = 0;
                await ExportFiles.WriteFolderAsync(path, async (folder, ct) => documents = await WriteAkomaNtosoAsync(bundle, folder, ct), cancellationToken);
                return string.Create(CultureInfo.InvariantCulture, $"Akoma Ntoso 3.0: {documents} documents ({resolutions} resolutions, each in its original and every translation)");
            case "csv":
                await ExportFiles.WriteAsync(path, (s, ct) => ClauseCsv.WriteAsync(bundle, s, ct), cancellationToken);
                return string.Create(CultureInfo.InvariantCulture, $"CSV, one row per clause and language: {new FileInfo(path).Length} bytes");
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "not an export format");
        }
    }
}
