namespace Archive.Core;

/// <summary>Settings under <c>Archive:</c>. Relative folders are resolved against the archive root.</summary>
public sealed class ArchiveOptions
{
    public const string Section = "Archive";

    /// <summary>The folder holding <c>seeds/</c> and <c>content/</c>; found by walking up from the working directory when unset.</summary>
    public string? RootDirectory { get; set; }

    /// <summary>Where the SQLite file and the search index live.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    public string SeedsDirectory { get; set; } = "seeds";

    public string ContentDirectory { get; set; } = "content";
}
