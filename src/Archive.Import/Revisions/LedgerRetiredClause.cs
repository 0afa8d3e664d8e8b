namespace Archive.Core.Revisions;

/// <summary>A retired clause in the id ledger: its id, never given again, and what the 410 page shows of it.</summary>
public sealed class LedgerRetiredClause
{
    public string Id { get; set; } = string.Empty;

    /// <summary>When it was removed (ISO 8601, UTC).</summary>
    public DateTimeOffset Removed { get; set; }

    /// <summary>The resolution's revision that removed it, as the database that removed it counted.</summary>
    public int Revision { get; set; }

    public string Marker { get; set; } = string.Empty;

    /// <summary>The text it last had.</summary>
    public string Text { get; set; } = string.Empty;
}
