namespace Archive.Core.Revisions;

/// <summary>The outcome of matching a revision's clauses to the previous ones: every new clause with its id, and the ids removed.</summary>
public sealed record ClauseMatch(IReadOnlyList<MatchedClause> Clauses, IReadOnlyList<PreviousClause> Removed)
{
    /// <summary>True when nothing changed: every clause kept its id and text in the same order, and none was removed.</summary>
    public bool IsUnchanged => Removed.Count == 0 && Clauses.All(c => c.Change == ClauseChange.Unchanged);
}
