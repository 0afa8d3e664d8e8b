namespace Archive.Core.Texts;

/// <summary>
/// A key term of the originals (content/glossary.yml) and how each translation language renders it: the list
/// translators follow and the glossary page shows.
/// </summary>
public sealed class GlossaryTerm
{
    public int Id { get; set; }

    /// <summary>The term as the originals write it, the natural key.</summary>
    public required string Original { get; set; }

    /// <summary>The place of the term in glossary.yml.</summary>
    public int Ordinal { get; set; }

    public string? Note { get; set; }

    public List<GlossaryRendering> Renderings { get; } = [];
}
