using System.Globalization;

namespace Archive.Core.Exports;

/// <summary>The export formats by name, each streamed from a bundle's parts (the command and the site share them).</summary>
public static class ExportWriters
{
    /// <summary>
    /// One Akoma Ntoso file per resolution and language: <c>{collection}/{number}.{language}.xml</c> (the original and
    /// each language the resolution's title is translated into); returns how many files and resolutions.
    /// </summary>
    public static async Task<(int Documents, int Resolutions)> WriteAkomaNtosoAsync(IBundleParts parts, string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var (documents, resolutions) = (0, 0);
        foreach (var collection in parts.Outline.Collections)
        {
            await foreach (var resolution in parts.ResolutionsAsync(collection, cancellationToken))
            {
                foreach (var (path, document) in AkomaNtosoFiles(collection, resolution, parts.Outline.ExportedAt))
                {
                    var file = Path.Combine(folder, path);
                    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                    await using var stream = File.Create(file);
                    await SaveAsync(document, stream, cancellationToken);
                    documents++;
                }

                resolutions++;
            }
        }

        return (documents, resolutions);
    }

    /// <summary>The Akoma Ntoso documents of one resolution with their relative paths, <c>{collection}/{number}.{language}.xml</c>: its original's, then each translation's.</summary>
    public static IEnumerable<(string Path, System.Xml.Linq.XDocument Document)> AkomaNtosoFiles(BundleSource collection, BundleResolution resolution, DateTimeOffset exported)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(resolution);
        foreach (var language in resolution.Translations.Select(t => t.Language).Prepend(collection.Language).Distinct(StringComparer.Ordinal))
        {
            yield return (string.Create(CultureInfo.InvariantCulture, $"{collection.Slug}/{resolution.Number:00}.{language}.xml"), AkomaNtosoDocument.Build(collection, resolution, language, exported));
        }
    }

    /// <summary>Saves an XML document indented, as UTF-8 without a byte order mark.</summary>
    public static async Task SaveAsync(System.Xml.Linq.XDocument document, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        await using var xml = System.Xml.XmlWriter.Create(stream, new System.Xml.XmlWriterSettings { Async = true, Indent = true, Encoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false) });
        await document.SaveAsync(xml, cancellationToken);
    }

    /// <summary>Writes <paramref name="parts"/> as <paramref name="format"/> (json, akn, csv) at <paramref name="path"/>; says what was written.</summary>
    public static async Task<string> WriteAsync(string format, IBundleParts parts, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parts);
        switch (format)
        {
            case "json":
                var resolutions = 0;
                await ExportFiles.WriteAsync(path, async (s, ct) => resolutions = await BundleJsonWriter.WriteAsync(parts, s, ct), cancellationToken);
                return string.Create(CultureInfo.InvariantCulture, $"archive bundle version {parts.Outline.Version}: {resolutions} resolutions, {new FileInfo(path).Length} bytes");
            case "akn":
                var written = (Documents: 0, Resolutions: 0);
                await ExportFiles.WriteFolderAsync(path, async (folder, ct) => written = await WriteAkomaNtosoAsync(parts, folder, ct), cancellationToken);
                return string.Create(CultureInfo.InvariantCulture, $"Akoma Ntoso 3.0: {written.Documents} documents ({written.Resolutions} resolutions, each in its original and every translation)");
            case "csv":
                await ExportFiles.WriteAsync(path, (s, ct) => ClauseCsv.WriteAsync(parts, s, ct), cancellationToken);
                return string.Create(CultureInfo.InvariantCulture, $"CSV, one row per clause and language: {new FileInfo(path).Length} bytes");
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "not an export format");
        }
    }
}
