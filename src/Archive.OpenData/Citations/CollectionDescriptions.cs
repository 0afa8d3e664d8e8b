using System.Collections.Concurrent;
using Archive.Core.Import;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Archive.Core.Citations;

/// <summary>
/// Reads the <c>metadata.yml</c> beside an imported seed file, once per folder: the facts a citation states (body,
/// event, date). Where the file is gone, what the database kept of it at import (body and congress) stands in.
/// </summary>
public sealed class CollectionDescriptions(ArchiveLocations locations)
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    private readonly ConcurrentDictionary<string, SeedMetadata?> _read = new(StringComparer.Ordinal);

    /// <summary>The description of the collection the seed file <paramref name="sourcePath"/> (relative to the archive root) belongs to.</summary>
    public CollectionDescription For(string sourcePath, string language, string? storedBody, string? storedCongress)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        var folder = Path.GetDirectoryName(sourcePath.Replace('/', Path.DirectorySeparatorChar)) ?? string.Empty;
        var metadata = _read.GetOrAdd(folder, Read);
        var slug = metadata?.Collection ?? Path.GetFileName(folder);
        var body = Names(metadata?.Body ?? storedBody, metadata?.BodyFa);
        var congress = Names(metadata?.Congress ?? storedCongress, metadata?.CongressFa);
        return new CollectionDescription(slug.Length > 0 ? slug : "archive", language, body, congress, metadata?.Date);
    }

    /// <summary>The names metadata.yml gives: <c>body</c> in English, <c>body_fa</c> in Persian (likewise the congress).</summary>
    private static Dictionary<string, string> Names(string? english, string? persian)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(english))
        {
            names["en"] = english.Trim();
        }

        if (!string.IsNullOrWhiteSpace(persian))
        {
            names["fa"] = persian.Trim();
        }

        return names;
    }

    private SeedMetadata? Read(string folder)
    {
        var path = locations.Resolve(Path.Combine(folder, SeedReader.MetadataFileName));
        try
        {
            return File.Exists(path) ? Yaml.Deserialize<SeedMetadata?>(File.ReadAllText(path)) : null;
        }
        catch (Exception ex) when (ex is YamlException or IOException or UnauthorizedAccessException)
        {
            // The import refuses a malformed metadata.yml; one damaged since is read as absent (the stored facts stand in).
            return null;
        }
    }
}
