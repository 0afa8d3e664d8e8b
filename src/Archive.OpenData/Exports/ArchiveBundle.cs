namespace Archive.Core.Exports;

/// <summary>
/// The whole archive as one JSON document (<c>archive export --format json</c>), read back by <c>archive import
/// FILE.json</c>: the backup and migration path. <see cref="Format"/> and <see cref="Version"/> say what it is; a reader
/// refuses another format or a newer version. docs/open-data.md describes every field.
/// </summary>
public sealed record ArchiveBundle(
    string Format,
    int Version,
    DateTimeOffset ExportedAt,
    IReadOnlyList<BundleLanguage> Languages,
    IReadOnlyList<BundleSource> Collections,
    IReadOnlyList<BundleTopic> Topics,
    IReadOnlyList<BundleGlossaryTerm> Glossary)
{
    /// <summary>The collections the sources belong to (version 2 on; a version 1 bundle has none: each source's slug is its collection).</summary>
    public IReadOnlyList<BundleCollection>? CollectionRecords { get; init; }

    /// <summary>The value of <see cref="Format"/>.</summary>
    public const string FormatName = "archive-bundle";

    /// <summary>The version this program writes and the newest it reads.</summary>
    public const int CurrentVersion = 2;
}
