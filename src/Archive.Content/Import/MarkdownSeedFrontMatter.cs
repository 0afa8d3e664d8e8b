namespace Archive.Core.Import;

/// <summary>The front matter of a resolution in the structured (Markdown) seed format.</summary>
public sealed class MarkdownSeedFrontMatter
{
    /// <summary>The resolution's number within its collection.</summary>
    public int? Resolution { get; set; }

    /// <summary>"qatnameh" (a resolution, the default) or "qarar" (a decision).</summary>
    public string? Kind { get; set; }

    /// <summary>A number printed in the heading, as printed, where there is one.</summary>
    public string? PrintedNumber { get; set; }
}
