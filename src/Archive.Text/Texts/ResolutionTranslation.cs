namespace Archive.Core.Texts;

/// <summary>A resolution's translated title and the front matter of its translation file.</summary>
public sealed class ResolutionTranslation
{
    public int Id { get; set; }

    public int ResolutionId { get; set; }

    public Resolution? Resolution { get; set; }

    public required string Language { get; set; }

    public required string Title { get; set; }

    public TranslationStatus Status { get; set; }

    public required string Translator { get; set; }

    /// <summary>The date the front matter gives, as written (ISO 8601).</summary>
    public string? Date { get; set; }

    /// <summary>The content file, relative to the archive root.</summary>
    public required string File { get; set; }
}
