namespace Archive.Core.Import;

/// <summary>A seed file read, decoded and parsed, with its collection metadata; ready to write.</summary>
public sealed record SeedFile(
    string DisplayPath,
    string Sha256,
    string Encoding,
    SeedMetadata Metadata,
    SeedParseResult Parsed);
