namespace Archive.Core.Texts;

/// <summary>An imported seed file: where it came from, its hash, and what its metadata says.</summary>
public sealed class SourceDocument
{
    public int Id { get; set; }

    /// <summary>Path relative to the archive root, with forward slashes (e.g. <c>seeds/wpi-congress-12/resolutions.fa.txt</c>).</summary>
    public required string Path { get; set; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public required string Sha256 { get; set; }

    public required string Encoding { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>The text's language code, from the seed's metadata or file name.</summary>
    public required string Language { get; set; }

    public required string Direction { get; set; }

    public string? Body { get; set; }

    public string? Congress { get; set; }

    public int CollectionId { get; set; }

    public Collection? Collection { get; set; }

    public List<Resolution> Resolutions { get; } = [];
}
