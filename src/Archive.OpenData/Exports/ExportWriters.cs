using System.Globalization;
using System.Text.Json;

namespace Archive.Core.Exports;

/// <summary>The export formats by name, each written from one <see cref="ArchiveBundle"/> (the command and the site share them).</summary>
public static class ExportWriters
{
    /// <summary>
    /// One Akoma Ntoso file per resolution and language: <c>{collection}/{number}.{language}.xml</c> (the original and
    /// each language the resolution's title is translated into); returns how many.
    /// </summary>
    public static async Task<int> WriteAkomaNtosoAsync(ArchiveBundle bundle, string folder, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var (path, document) in AkomaNtosoFiles(bundle))
        {
            var file = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await using var stream = File.Create(file);
            await SaveAsync(document, stream, cancellationToken);
            count++;
        }

        return count;
    }

    /// <summary>The Akoma Ntoso documents of the bundle with their relative paths, <c>{collection}/{number}.{language}.xml</c>.</summary>
    public static IEnumerable<(string Path, System.Xml.Linq.XDocument Document)> AkomaNtosoFiles(ArchiveBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        foreach (var collection in bundle.Collections)
        {
            foreach (var resolution in collection.Resolutions)
            {
                foreach (var language in resolution.Translations.Select(t => t.Language).Prepend(collection.Language).Distinct(StringComparer.Ordinal))
                {
                    yield return (string.Create(CultureInfo.InvariantCulture, $"{collection.Slug}/{resolution.Number:00}.{language}.xml"), AkomaNtosoDocument.Build(collection, resolution, language, bundle.ExportedAt));
                }
            }
        }
    }

    /// <summary>Saves an XML document indented, as UTF-8 without a byte order mark.</summary>
    public static async Task SaveAsync(System.Xml.Linq.XDocument document, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        await using var xml = System.Xml.XmlWriter.Create(stream, new System.Xml.XmlWriterSettings { Async = true, Indent = true, Encoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false) });
        await document.SaveAsync(xml, cancellationToken);
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
