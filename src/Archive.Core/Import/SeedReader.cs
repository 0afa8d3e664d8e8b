using System.Security.Cryptography;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Archive.Core.Import;

/// <summary>Finds seed files under the given paths, decodes and parses them. Reads only; writes nothing.</summary>
public sealed class SeedReader(ArchiveLocations locations)
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

        var decoded = TextFileDecoder.Decode(bytes, display);
        diagnostics.AddRange(decoded.Diagnostics);
        var metadata = ReadMetadata(Path.GetDirectoryName(file)!, diagnostics);
        if (decoded.Text is null || metadata is null)
        {
            return null;
        }

        var parsed = SeedParser.Parse(decoded.Text, display);
        diagnostics.AddRange(parsed.Diagnostics);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new SeedFile(display, sha, decoded.Encoding, metadata, parsed);
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
