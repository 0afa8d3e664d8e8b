namespace Archive.Core.Texts;

/// <summary>A glossary term as one translation language renders it.</summary>
public sealed class GlossaryRendering
{
    public int GlossaryTermId { get; set; }

    public required string Language { get; set; }

    public required string Text { get; set; }
}
