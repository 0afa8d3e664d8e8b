using Archive.Core.Import;
using Archive.Core.Revisions;
using Archive.Core.Storage;
using Archive.Core.Texts;

namespace Archive.Core.Bulk;

/// <summary>
/// Writes the resolutions of a source document into a collection that holds none yet (nothing to match), without EF
/// Core's change tracker: each resolution's rows are built by <see cref="RevisionWriter"/> exactly as on the tracked
/// path (clauses with the ledger's or new ids, the ledger's retired clauses, revision 1 and its "added" changes), given
/// ids and written through <see cref="BulkRows"/>, then dropped; the resolutions come from the parser one at a time
/// (<see cref="SeedFile.Resolutions"/>), so memory holds the seed's text and one batch of rows, not the parsed document.
/// </summary>
internal static class BulkSeedWriter
{
    /// <summary>Writes the rows; <paramref name="collection"/> and <paramref name="document"/> are saved (they have ids). Returns the clauses added.</summary>
    public static async Task<int> WriteAsync(ArchiveDbContext db, SeedFile seed, Collection collection, SourceDocument document, ClauseLedger? ledger, LedgerStore ledgers, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entries = ledger?.Resolutions.ToDictionary(r => r.Number) ?? [];
        var added = 0;
        await using var rows = await BulkRows.OpenAsync(db, cancellationToken);
        foreach (var p in seed.Resolutions())
        {
            var resolution = new Resolution
            {
                Number = p.Number, Kind = p.Kind, Heading = p.Heading, Title = p.Title, PrintedNumber = p.PrintedNumber, SourceLine = p.Line,
                CollectionId = collection.Id, SourceDocumentId = document.Id, ContentTag = ResolutionContentTags.NewTag(),
            };
            var changes = RevisionWriter.Apply(db, resolution, p, entries.GetValueOrDefault(p.Number), 0, (string.Empty, now), (seed.Sha256, now));
            added += changes.Count(c => c.Change == ClauseChange.Added);
            Add(rows, resolution);
            ledgers.Record(collection.Slug, resolution);
            await rows.FlushIfFullAsync(cancellationToken);
        }

        await rows.CompleteAsync(cancellationToken);
        return added;
    }

    private static void Add(BulkRows rows, Resolution resolution)
    {
        resolution.Id = rows.Resolutions.Add(resolution);
        foreach (var clause in resolution.Clauses)
        {
            clause.ResolutionId = resolution.Id;
            clause.Id = rows.Clauses.Add(clause);
        }

        foreach (var retired in resolution.RetiredClauses)
        {
            retired.ResolutionId = resolution.Id;
            retired.Id = rows.RetiredClauses.Add(retired);
        }

        foreach (var revision in resolution.Revisions)
        {
            revision.ResolutionId = resolution.Id;
            revision.Id = rows.Revisions.Add(revision);
            foreach (var change in revision.Changes)
            {
                change.RevisionId = revision.Id;
                change.Id = rows.Changes.Add(change);
            }
        }
    }
}
