namespace Archive.Core.Revisions;

/// <summary>
/// One clause that a revision changed: its id, the change, its text and printed marker before and after (null where
/// it had none) and its 1-based position before and after (null where it had none).
/// </summary>
public sealed record ClauseDifference(string Id, ClauseChange Change, string? OldMarker, string? OldText, int? OldPosition, string? NewMarker, string? NewText, int? NewPosition);
