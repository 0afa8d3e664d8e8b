namespace Archive.Core.Texts;

/// <summary>
/// A clause removed from its resolution by a revision of the original: its id is never given again, and its
/// address answers 410 Gone with the text as it last was (docs/clause-ids.md).
/// </summary>
public sealed class RetiredClause
{
    public int Id { get; set; }

    public int ResolutionId { get; set; }

    public Resolution? Resolution { get; set; }

    /// <summary>The clause id it had (<c>p2</c>), retired for good within the resolution.</summary>
    public required string Key { get; set; }

    /// <summary>The printed marker it last had.</summary>
    public string Marker { get; set; } = string.Empty;

    /// <summary>The text it last had.</summary>
    public required string Text { get; set; }

    /// <summary>When the import that removed it ran.</summary>
    public DateTimeOffset RemovedAt { get; set; }

    /// <summary>The resolution's revision that removed it (0 when the ledger did not say).</summary>
    public int Revision { get; set; }
}
