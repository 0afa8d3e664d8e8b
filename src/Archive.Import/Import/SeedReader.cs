using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Archive.Core.Texts;
using Archive.Core.Texts.Languages;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Archive.Core.Import;

/// <summary>
/// Finds the collections under the given paths (<see cref="CollectionFolders"/>), reads each one's metadata, and
/// decodes and parses its seed files in the format the metadata names. Reads only; writes nothing.
/// </summary>
public sealed partial class SeedReader(ArchiveLocations locations, LanguageRulesRegistry languages)
{
    public const string MetadataFileName = "metadata.yml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>Reads every collection below each path (a file or a folder), collection by collection in the order named.</summary>
    public async Task<(IReadOnlyList<SeedFile> Files, IReadOnlyList<ImportDiagnostic> Diagnostics)> ReadAsync(
        IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var diagnostics = new List<ImportDiagnostic>();
        var seeds = new List<SeedFile>();
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (folder, named) in CollectionFolders.Find(paths, locations, diagnostics))
        {
            var metadata = ReadMetadata(folder, diagnostics);
            if (metadata is null || !CheckCollection(folder, metadata, slugs, diagnostics))
            {
                continue;
            }

            var files = named ?? ListFiles(folder, metadata);
            if (files.Count == 0)
            {
                diagnostics.Add(ImportDiagnostic.Error(locations.Display(folder), 0, $"collection '{metadata.Collection}' has no seed file ({(metadata.Format == SeedFormats.Markdown ? "*.md" : "*.txt")})"));
            }

            foreach (var file in files)
            {
                if (await ReadFileAsync(file, metadata, diagnostics, cancellationToken) is { } seed)
                {
                    seeds.Add(seed);
                }
            }
        }

        return (seeds, diagnostics);
    }

    private bool CheckCollection(string folder, SeedMetadata metadata, Dictionary<string, string> slugs, List<ImportDiagnostic> diagnostics)
    {
        var display = locations.Display(Path.Combine(folder, MetadataFileName));
        metadata.Collection ??= NotSlug().Replace(Path.GetFileName(folder).ToLowerInvariant(), "-").Trim('-');
        metadata.Format ??= SeedFormats.PlainText;
        string? error = null;
        if (!TextRef.IsValidSlug(metadata.Collection))
        {
            error = $"collection '{metadata.Collection}' is not a usable slug (lower-case ASCII letters and digits joined by dashes, at most 64, none of: {string.Join(", ", TextRef.ReservedSlugs.Order(StringComparer.Ordinal))})";
        }
        else if (!SeedFormats.All.Contains(metadata.Format, StringComparer.Ordinal))
        {
            error = $"format '{metadata.Format}' is not one of {string.Join(", ", SeedFormats.All)}";
        }
        else if (metadata.Direction is not (null or "rtl" or "ltr"))
        {
            error = $"direction '{metadata.Direction}' is not rtl or ltr";
        }
        else if (!slugs.TryAdd(metadata.Collection, folder) && !string.Equals(slugs[metadata.Collection], folder, StringComparison.Ordinal))
        {
            error = $"collection '{metadata.Collection}' is also the collection of {locations.Display(slugs[metadata.Collection])}";
        }

        if (error is not null)
        {
            diagnostics.Add(ImportDiagnostic.Error(display, 0, error));
        }

        return error is null;
    }

    private static List<string> ListFiles(string folder, SeedMetadata metadata)
    {
        if (metadata.Format == SeedFormats.PlainText && metadata.Source is { } source)
        {
            return [Path.Combine(folder, source)];
        }

        var pattern = metadata.Format == SeedFormats.Markdown ? "*.md" : "*.txt";
        return [.. Directory.GetFiles(folder, pattern, SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)];
    }

    private async Task<SeedFile?> ReadFileAsync(string file, SeedMetadata collection, List<ImportDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var display = locations.Display(file);
        var code = collection.Language ?? LanguageOfFileName(file) ?? languages.Default.Code;
        var language = LanguageRulesRegistry.IsLanguageCode(code) ? languages.For(code) : languages.Default;
        var metadata = collection.WithLanguage(code, collection.Direction ?? language.Direction);
        StrongBox<byte[]?> bytes;
        try
        {
            if (metadata.Format == SeedFormats.PlainText && LanguageRulesRegistry.IsLanguageCode(code)
                && StreamedSeed.TryRead(file, display, metadata, language, diagnostics) is { } streamed)
            {
                return streamed;
            }

            bytes = new StrongBox<byte[]?>(await File.ReadAllBytesAsync(file, cancellationToken));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(ImportDiagnostic.Error(display, 0, File.Exists(file) ? $"cannot read the file: {ex.Message}" : "no such file (named by source in metadata.yml)"));
            return null;
        }

        return Parse(bytes, display, code, metadata, language, diagnostics);
    }

    /// <summary>
    /// Decodes and parses a file's whole bytes (Markdown, UTF-16, a legacy code page, or a file with something wrong),
    /// which it lets go (<paramref name="bytes"/> emptied) once decoded and hashed; the text is kept for the writing.
    /// </summary>
    private static SeedFile? Parse(StrongBox<byte[]?> bytes, string display, string code, SeedMetadata metadata, LanguageRules language, List<ImportDiagnostic> diagnostics)
    {
        var raw = bytes.Value!;
        var decoded = TextFileDecoder.Decode(raw, display, language);
        var sha = Convert.ToHexStringLower(SHA256.HashData(raw));
        bytes.Value = null;
        diagnostics.AddRange(decoded.Diagnostics);
        if (decoded.Text is not { } text)
        {
            return null;
        }

        if (!LanguageRulesRegistry.IsLanguageCode(code))
        {
            diagnostics.Add(ImportDiagnostic.Error(display, 0, $"metadata.yml: language '{code}' is not a language code"));
            return null;
        }

        if (metadata.Format == SeedFormats.Markdown)
        {
            var parsed = MarkdownSeedParser.Parse(text, display);
            diagnostics.AddRange(parsed.Diagnostics);
            return new SeedFile(display, sha, decoded.Encoding, metadata, SeedOutline.Of(parsed.Resolutions), () => parsed.Resolutions);
        }

        var found = new List<ImportDiagnostic>();
        var outline = SeedOutline.Of(SeedParser.Read(SeedParser.SplitLines(text), display, language, found));
        diagnostics.AddRange(found);
        return new SeedFile(display, sha, decoded.Encoding, metadata, outline, () => SeedParser.Read(SeedParser.SplitLines(text), display, language, new List<ImportDiagnostic>()));
    }

    /// <summary>The language code a file name carries before its extension (<c>resolutions.fa.txt</c> → fa), or null.</summary>
    private static string? LanguageOfFileName(string file)
    {
        var ext = Path.GetExtension(Path.GetFileNameWithoutExtension(file));
        return ext.Length > 1 && LanguageRulesRegistry.IsLanguageCode(ext[1..]) ? ext[1..] : null;
    }

    private SeedMetadata? ReadMetadata(string folder, List<ImportDiagnostic> diagnostics)
    {
        var path = Path.Combine(folder, MetadataFileName);
        if (!File.Exists(path))
        {
            return new SeedMetadata();
        }

        try
        {
            return Yaml.Deserialize<SeedMetadata?>(File.ReadAllText(path)) ?? new SeedMetadata();
        }
        catch (YamlException ex)
        {
            diagnostics.Add(ImportDiagnostic.Error(locations.Display(path), (int)ex.Start.Line, $"malformed metadata: {ex.Message}"));
            return null;
        }
    }

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotSlug();
}
