namespace Archive.Core.Texts;

/// <summary>A resolution: its number by order, the heading as printed, and its clauses.</summary>
public sealed class Resolution
{
    public int Id { get; set; }

    /// <summary>1-based position within its collection; with the collection's slug the public identifier (<c>/wpi-congress-12/{Number}</c>).</summary>
    public int Number { get; set; }

    public ResolutionKind Kind { get; set; }

    /// <summary>The heading line as printed (outer white space trimmed).</summary>
    public required string Heading { get; set; }

    /// <summary>The heading without a printed number prefix.</summary>
    public required string Title { get; set; }

    /// <summary>A number printed in the heading (e.g. "١٦"), as printed.</summary>
    public string? PrintedNumber { get; set; }

    public int SourceLine { get; set; }

    /// <summary>
    /// Changed (to a new random tag) by every save that changes what the search index holds for this resolution: its
    /// heading, clauses, translations or topics (<c>ResolutionContentTags</c>). The index keeps the tag it indexed and
    /// re-indexes only the resolutions whose tag differs. Null for rows written before the column existed.
    /// </summary>
    public string? ContentTag { get; set; }

    public int SourceDocumentId { get; set; }

    public SourceDocument? SourceDocument { get; set; }

    public int CollectionId { get; set; }

    public Collection? Collection { get; set; }

    public List<Clause> Clauses { get; } = [];

    public List<Topic> Topics { get; } = [];

    public List<ResolutionTranslation> Translations { get; } = [];

    /// <summary>Clauses removed by a revision of the original; their ids are never given again.</summary>
    public List<RetiredClause> RetiredClauses { get; } = [];

    public List<ResolutionRevision> Revisions { get; } = [];
}
