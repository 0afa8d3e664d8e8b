namespace Archive.Core.Revisions;

/// <summary>A retired clause in the id ledger: its id, never given again, and what the 410 page shows of it.</summary>
public sealed class LedgerRetiredClause
{
    public string Id { get; set; } = string.Empty;

    /// <summary>When it was removed (ISO 8601, UTC: <c>2026-11-30T20:15:00Z</c>).</summary>
    public string Removed { get; set; } = string.Empty;

    /// <summary><see cref="Removed"/> read; null when it is not an ISO 8601 time.</summary>
    public DateTimeOffset? RemovedAt() =>
        DateTimeOffset.TryParse(Removed, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    public static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The resolution's revision that removed it, as the database that removed it counted.</summary>
    public int Revision { get; set; }

    public string Marker { get; set; } = string.Empty;

    /// <summary>The text it last had.</summary>
    public string Text { get; set; } = string.Empty;
}
