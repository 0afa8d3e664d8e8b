namespace Archive.Core.Citations;

/// <summary>Settings under <c>Archive:Citations</c>.</summary>
public sealed class CitationOptions
{
    public const string Section = "Archive:Citations";

    /// <summary>
    /// The site's public base address, that citations and exports made outside a request (the <c>archive</c> command)
    /// link to; the site itself links to the address it was asked at.
    /// </summary>
    public Uri SiteUrl { get; set; } = new("http://localhost:5080/");
}
