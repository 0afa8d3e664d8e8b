namespace Archive.Core.Import;

/// <summary>
/// A seed file read, decoded and checked, with its collection metadata; ready to write. It holds the outline of its
/// resolutions, not the parsed clauses: <see cref="Resolutions"/> parses them again, one at a time as they are
/// enumerated, so that writing a large seed holds its text and one resolution, not every parsed clause.
/// </summary>
public sealed class SeedFile(string displayPath, string sha256, string encoding, SeedMetadata metadata, SeedOutline outline, Func<IEnumerable<ParsedResolution>> resolutions)
{
    public string DisplayPath { get; } = displayPath;

    public string Sha256 { get; } = sha256;

    public string Encoding { get; } = encoding;

    public SeedMetadata Metadata { get; } = metadata;

    /// <summary>Each resolution's number and line, and the clause count, from the parse that checked the file.</summary>
    public SeedOutline Outline { get; } = outline;

    /// <summary>The resolutions in order, parsed afresh on each enumeration (the same ones the checking parse found).</summary>
    public IEnumerable<ParsedResolution> Resolutions() => resolutions();
}
