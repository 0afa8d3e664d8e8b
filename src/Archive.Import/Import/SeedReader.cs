using System.Security.Cryptography;
using Archive.Core.Texts.Languages;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Archive.Core.Import;

/// <summary>Finds seed files under the given paths, decodes and parses them. Reads only; writes nothing.</summary>
public sealed class SeedReader(ArchiveLocations locations, LanguageRulesRegistry languages)
{
    public const string MetadataFileName = "metadata.yml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>Reads every <c>*.txt</c> file below each path (a file or a folder), in ordinal order of path.</summary>
    public async Task<(IReadOnlyList<SeedFile> Files, IReadOnlyList<ImportDiagnostic> Diagnostics)> ReadAsync(
        IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var diagnostics = new List<ImportDiagnostic>();
        var files = new List<string>();
        foreach (var path in paths)
        {
            var full = locations.Resolve(path);
            if (File.Exists(full))
            {
                files.Add(full);
            }
            else if (Directory.Exists(full))
            {
                var found = Directory.GetFiles(full, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0)
                {
                    diagnostics.Add(ImportDiagnostic.Error(path, 0, "the folder holds no seed file (*.txt)"));
                }

                files.AddRange(found);
            }
            else
            {
                diagnostics.Add(ImportDiagnostic.Error(path, 0, "no such file or folder"));
            }
        }

        var seeds = new List<SeedFile>();
        foreach (var file in files.Distinct(StringComparer.Ordinal))
        {
            var seed = await ReadFileAsync(file, diagnostics, cancellationToken);
            if (seed is not null)
            {
                seeds.Add(seed);
            }
        }

        return (seeds, diagnostics);
    }

    private async Task<SeedFile?> ReadFileAsync(string file, List<ImportDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var display = locations.Display(file);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(ImportDiagnostic.Error(display, 0, $"cannot read the file: {ex.Message}"));
            return null;
        }

        var metadataDiagnostics = new List<ImportDiagnostic>();
        var metadata = ReadMetadata(Path.GetDirectoryName(file)!, metadataDiagnostics);
        var code = metadata?.Language ?? LanguageOfFileName(file) ?? languages.Default.Code;
        var language = LanguageRulesRegistry.IsLanguageCode(code) ? languages.For(code) : languages.Default;
        var decoded = TextFileDecoder.Decode(bytes, display, language);
        diagnostics.AddRange(decoded.Diagnostics);
        diagnostics.AddRange(metadataDiagnostics);
        if (decoded.Text is null || metadata is null)
        {
            return null;
        }

        if (!LanguageRulesRegistry.IsLanguageCode(code))
        {
            diagnostics.Add(ImportDiagnostic.Error(display, 0, $"metadata.yml: language '{code}' is not a language code"));
            return null;
        }
        metadata.Language = code;
        metadata.Direction ??= language.Direction;
        var parsed = SeedParser.Parse(decoded.Text, display, language);
        diagnostics.AddRange(parsed.Diagnostics);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new SeedFile(display, sha, decoded.Encoding, metadata, parsed);
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
}
