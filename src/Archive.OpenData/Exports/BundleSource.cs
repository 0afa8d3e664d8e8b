namespace Archive.Core.Exports;

/// <summary>One collection's imported seed file (its original text) with what its metadata said and its resolutions.</summary>
public sealed record BundleSource(
    string Slug,
    string Path,
    string Sha256,
    string Encoding,
    string Language,
    string Direction,
    string? Body,
    string? Congress,
    DateTimeOffset ImportedAt,
    IReadOnlyList<BundleResolution> Resolutions);
