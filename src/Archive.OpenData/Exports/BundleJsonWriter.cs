using System.Text.Json;

namespace Archive.Core.Exports;

/// <summary>
/// Writes a bundle as JSON a resolution at a time, so that memory holds one resolution and not the archive: the same
/// bytes as <c>JsonSerializer.Serialize(bundle, BundleJson.Options)</c> of the bundle whole. The bundle's and each
/// source's own fields are written here in the order their records declare them; everything below a source (each
/// resolution) and every field's value is written by the serializer with <see cref="BundleJson.Options"/>.
/// </summary>
public static class BundleJsonWriter
{
    /// <summary>Bytes gathered before they are handed to the stream.</summary>
    private const int FlushAt = 64 * 1024;

    /// <summary>Writes <paramref name="parts"/> to <paramref name="stream"/>; returns how many resolutions it wrote.</summary>
    public static async Task<int> WriteAsync(IBundleParts parts, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var options = BundleJson.Options;
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = options.WriteIndented,
            IndentCharacter = options.IndentCharacter,
            IndentSize = options.IndentSize,
            NewLine = options.NewLine,
            Encoder = options.Encoder,
        });
        var bundle = parts.Outline;
        var resolutions = 0;
        json.WriteStartObject();
        Field(json, nameof(ArchiveBundle.Format), bundle.Format);
        Field(json, nameof(ArchiveBundle.Version), bundle.Version);
        Field(json, nameof(ArchiveBundle.ExportedAt), bundle.ExportedAt);
        Field(json, nameof(ArchiveBundle.Languages), bundle.Languages);
        json.WritePropertyName(Name(nameof(ArchiveBundle.Collections)));
        json.WriteStartArray();
        foreach (var source in bundle.Collections)
        {
            json.WriteStartObject();
            Field(json, nameof(BundleSource.Slug), source.Slug);
            Field(json, nameof(BundleSource.Path), source.Path);
            Field(json, nameof(BundleSource.Sha256), source.Sha256);
            Field(json, nameof(BundleSource.Encoding), source.Encoding);
            Field(json, nameof(BundleSource.Language), source.Language);
            Field(json, nameof(BundleSource.Direction), source.Direction);
            Field(json, nameof(BundleSource.Body), source.Body);
            Field(json, nameof(BundleSource.Congress), source.Congress);
            Field(json, nameof(BundleSource.ImportedAt), source.ImportedAt);
            json.WritePropertyName(Name(nameof(BundleSource.Resolutions)));
            json.WriteStartArray();
            await foreach (var resolution in parts.ResolutionsAsync(source, cancellationToken))
            {
                JsonSerializer.Serialize(json, resolution, options);
                resolutions++;
                if (json.BytesPending >= FlushAt)
                {
                    await json.FlushAsync(cancellationToken);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Field(json, nameof(ArchiveBundle.Topics), bundle.Topics);
        Field(json, nameof(ArchiveBundle.Glossary), bundle.Glossary);
        Field(json, nameof(ArchiveBundle.CollectionRecords), bundle.CollectionRecords);
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        return resolutions;
    }

    private static void Field<T>(Utf8JsonWriter json, string property, T value)
    {
        json.WritePropertyName(Name(property));
        JsonSerializer.Serialize(json, value, BundleJson.Options);
    }

    private static string Name(string property) => BundleJson.Options.PropertyNamingPolicy?.ConvertName(property) ?? property;
}
