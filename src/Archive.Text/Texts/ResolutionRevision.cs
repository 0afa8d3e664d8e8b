namespace Archive.Core.Texts;

/// <summary>
/// One revision of a resolution's original: recorded by each import that changed its clauses (the first import is
/// revision 1), with the source file's hash, the clauses it changed and the clauses as they then were.
/// </summary>
public sealed class ResolutionRevision
{
    public int Id { get; set; }

    public int ResolutionId { get; set; }

    public Resolution? Resolution { get; set; }

    /// <summary>1, 2, … within the resolution.</summary>
    public int Number { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>Lower-case hex SHA-256 of the seed file this revision was imported from.</summary>
    public required string SourceSha256 { get; set; }

    /// <summary>The heading as printed in this revision.</summary>
    public required string Heading { get; set; }

    /// <summary>The clauses of this revision in order, as JSON: <c>[{"id","marker","text"}]</c>.</summary>
    public required string Clauses { get; set; }

    public List<RevisionChange> Changes { get; } = [];
}
