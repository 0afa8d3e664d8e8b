namespace Archive.Core.Content;

/// <summary>The YAML front matter of a translation file.</summary>
public sealed class TranslationFrontMatter
{
    public int? Resolution { get; set; }

    /// <summary>The collection's slug; optional, and when given the same as the file's folder.</summary>
    public string? Collection { get; set; }

    public string? Language { get; set; }

    public string? Title { get; set; }

    public string? Status { get; set; }

    public string? Translator { get; set; }

    public string? Date { get; set; }
}
