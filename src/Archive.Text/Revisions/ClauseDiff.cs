namespace Archive.Core.Revisions;

/// <summary>
/// What changed between two revisions of a resolution whose clauses already carry their ids: by id, a clause is
/// added, removed, edited (its text changed), moved (same text, outside the longest run that kept its order) or
/// relabelled (same text and place, another printed label). Unchanged clauses are left out. Pure.
/// </summary>
public static class ClauseDiff
{
    public static IReadOnlyList<ClauseDifference> Between(IReadOnlyList<RevisedClause> previous, IReadOnlyList<RevisedClause> current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var before = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < previous.Count; j++)
        {
            before[previous[j].Id] = j;
        }

        var sameText = Enumerable.Range(0, current.Count)
            .Where(i => before.TryGetValue(current[i].Id, out var j) && string.Equals(previous[j].Text, current[i].Text, StringComparison.Ordinal))
            .Select(i => before[current[i].Id]).ToArray();
        var inOrder = OrderedRun.Longest(sameText);
        var changes = new List<ClauseDifference>();
        for (var i = 0; i < current.Count; i++)
        {
            var now = current[i];
            if (!before.TryGetValue(now.Id, out var j))
            {
                changes.Add(new ClauseDifference(now.Id, ClauseChange.Added, null, null, null, now.Marker, now.Text, i + 1));
                continue;
            }

            var old = previous[j];
            var change = !string.Equals(old.Text, now.Text, StringComparison.Ordinal) ? ClauseChange.Edited
                : !inOrder.Contains(j) ? ClauseChange.Moved
                : !string.Equals(old.Marker, now.Marker, StringComparison.Ordinal) ? ClauseChange.Relabelled
                : ClauseChange.Unchanged;
            if (change != ClauseChange.Unchanged)
            {
                changes.Add(new ClauseDifference(now.Id, change, old.Marker, old.Text, j + 1, now.Marker, now.Text, i + 1));
            }
        }

        var kept = current.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        changes.AddRange(previous.Select((p, j) => (p, j)).Where(x => !kept.Contains(x.p.Id))
            .Select(x => new ClauseDifference(x.p.Id, ClauseChange.Removed, x.p.Marker, x.p.Text, x.j + 1, null, null, null)));
        return changes;
    }
}
