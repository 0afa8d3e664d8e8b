namespace Archive.Core.Texts;

/// <summary>
/// A collection of resolutions as one source publishes them (a congress, a plenum): its slug, what its metadata
/// states, the language and direction of its original, the format its seed is written in, its source files and its
/// resolutions, numbered within the collection.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A collection of resolutions is the archive's own term, not a .NET collection.")]
public sealed class Collection
{
    public int Id { get; set; }

    /// <summary>The public identifier, a URL segment (<c>wpi-congress-12</c>); never changes once published.</summary>
    public required string Slug { get; set; }

    /// <summary>The body or organisation that adopted the resolutions, as the metadata names it.</summary>
    public string? Body { get; set; }

    /// <summary>The event (congress, plenum) the resolutions were adopted at.</summary>
    public string? Event { get; set; }

    /// <summary>The date, only where a source states it, as stated.</summary>
    public string? Date { get; set; }

    /// <summary>The original's language code.</summary>
    public required string Language { get; set; }

    /// <summary>The original's direction, "rtl" or "ltr".</summary>
    public required string Direction { get; set; }

    /// <summary>The seed's input format (<see cref="SeedFormats"/>).</summary>
    public required string Format { get; set; }

    public List<CollectionTitle> Titles { get; } = [];

    public List<SourceDocument> Documents { get; } = [];

    public List<Resolution> Resolutions { get; } = [];
}
