using Archive.Core.Import;
using Archive.Core.Storage;
using Archive.Core.Texts;

namespace Archive.Core.Revisions;

/// <summary>
/// Brings one resolution's clauses in line with its new revision, inside the import's transaction: ids from
/// <see cref="ClauseIds"/>, clause rows updated in place by id (so translations stay attached), removed clauses
/// retired, and a <see cref="ResolutionRevision"/> recorded when anything changed (docs/clause-ids.md).
/// </summary>
internal static class RevisionWriter
{
    /// <summary>Applies the revision; returns what changed (empty when nothing did).</summary>
    public static IReadOnlyList<ClauseDifference> Apply(ArchiveDbContext db, Resolution resolution, ParsedResolution parsed, LedgerResolution? ledger, int lastRevision, (string Sha, DateTimeOffset At) previous, (string Sha, DateTimeOffset At) now)
    {
        var stored = resolution.Clauses.OrderBy(c => c.Ordinal).ToList();
        var retired = resolution.RetiredClauses.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in ledger?.Retired.Where(r => !retired.Contains(r.Id)) ?? [])
        {
            resolution.RetiredClauses.Add(new RetiredClause { Key = gone.Id, Marker = gone.Marker, Text = gone.Text, RemovedAt = gone.RemovedAt()!.Value, Revision = gone.Revision });
            retired.Add(gone.Id);
        }

        var ids = ClauseIds.Assign(parsed.Clauses, [.. stored.Select(c => new PreviousClause(c.Key, c.Kind, c.Label, c.Text))], ledger, retired);
        var before = stored.Select(c => new RevisedClause(c.Key, c.Marker, c.Text)).ToList();
        var after = parsed.Clauses.Select((c, i) => new RevisedClause(ids[i], c.Marker, c.Text)).ToList();
        var changes = ClauseDiff.Between(before, after);
        if (lastRevision == 0 && stored.Count > 0)
        {
            // A database from before revisions were kept: what it held becomes revision 1.
            Record(resolution, 1, previous.Sha, resolution.Heading, previous.At, before, ClauseDiff.Between([], before));
            lastRevision = 1;
        }

        var byKey = stored.ToDictionary(c => c.Key, StringComparer.Ordinal);
        for (var i = 0; i < after.Count; i++)
        {
            var p = parsed.Clauses[i];
            if (!byKey.Remove(ids[i], out var clause))
            {
                clause = new Clause { Key = ids[i], Text = p.Text };
                resolution.Clauses.Add(clause);
            }

            (clause.Ordinal, clause.Kind, clause.Label, clause.Marker, clause.Text, clause.SourceLine) = (i + 1, p.Kind, p.Label, p.Marker, p.Text, p.Line);
        }

        var revision = changes.Count > 0 || lastRevision == 0 ? lastRevision + 1 : lastRevision;
        foreach (var gone in byKey.Values)
        {
            db.Clauses.Remove(gone);
            if (retired.Add(gone.Key))
            {
                resolution.RetiredClauses.Add(new RetiredClause { Key = gone.Key, Marker = gone.Marker, Text = gone.Text, RemovedAt = now.At, Revision = revision });
            }
        }

        if (revision != lastRevision)
        {
            Record(resolution, revision, now.Sha, parsed.Heading, now.At, after, changes);
        }

        return changes;
    }

    private static void Record(Resolution resolution, int number, string sha, string heading, DateTimeOffset at, IEnumerable<RevisedClause> clauses, IEnumerable<ClauseDifference> changes)
    {
        var revision = new ResolutionRevision { Number = number, ImportedAt = at, SourceSha256 = sha, Heading = heading, Clauses = RevisionSnapshot.ToJson(clauses) };
        revision.Changes.AddRange(changes.Select(c => new RevisionChange
        {
            Key = c.Id,
            Change = c.Change.ToString().ToLowerInvariant(),
            OldMarker = c.OldMarker,
            OldText = c.OldText,
            OldPosition = c.OldPosition,
            NewMarker = c.NewMarker,
            NewText = c.NewText,
            NewPosition = c.NewPosition,
        }));
        resolution.Revisions.Add(revision);
    }
}
