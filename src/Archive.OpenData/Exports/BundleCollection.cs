namespace Archive.Core.Exports;

/// <summary>
/// One collection in a bundle (version 2 on): what its metadata states and how its original is written. The sources
/// (<see cref="ArchiveBundle.Collections"/>) name their collection by <see cref="Slug"/>.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A collection of resolutions is the archive's own term, not a .NET collection.")]
public sealed record BundleCollection(
    string Slug,
    IReadOnlyDictionary<string, string> Titles,
    string? Body,
    string? Event,
    string? Date,
    string Language,
    string Direction,
    string Format);
