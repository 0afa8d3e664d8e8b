using System.Globalization;
using Archive.Core.Bulk;
using Archive.Core.Revisions;
using Archive.Core.Storage;
using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Import;

/// <summary>
/// Brings the database in line with one parsed seed file, in place: resolutions are matched by number, and their
/// clauses by text through <see cref="RevisionWriter"/> (ids follow text, the collection's id ledger decides on a
/// fresh database), so ids, row identities and translations survive a revision. Runs inside the caller's transaction.
/// </summary>
internal static class SeedWriter
{
    public static async Task<DocumentImportSummary> ApplyAsync(ArchiveDbContext db, SeedFile seed, LedgerStore ledgers, DateTimeOffset now, bool bulk, CancellationToken cancellationToken)
    {
        var ledger = ledgers.For(seed.Metadata.Collection!);
        var (collection, collectionChanged) = await CollectionWriter.ApplyAsync(db, seed.Metadata, cancellationToken);
        var doc = await db.SourceDocuments
            .Include(d => d.Resolutions).ThenInclude(r => r.Clauses)
            .Include(d => d.Resolutions).ThenInclude(r => r.RetiredClauses)
            .AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Path == seed.DisplayPath, cancellationToken);

        var (resolutionCount, clauseCount) = (seed.Outline.Resolutions.Count, seed.Outline.Clauses);
        if (doc is not null && doc.Sha256 == seed.Sha256 && doc.CollectionId == collection.Id && !collectionChanged)
        {
            ledgers.ReadBack(collection.Slug);
            return new DocumentImportSummary(seed.DisplayPath, DocumentChange.Unchanged, resolutionCount, clauseCount, 0, 0, 0);
        }

        var numbers = seed.Outline.Resolutions.Select(r => r.Number).ToHashSet();
        // Compared in memory: a large collection (hundreds of thousands of resolutions) would exceed SQLite's
        // limit on query parameters if sent as a list.
        var others = collection.Id == 0 ? new List<int>() : await db.Resolutions
            .Where(r => r.CollectionId == collection.Id && (doc == null || r.SourceDocumentId != doc.Id))
            .Select(r => r.Number).ToListAsync(cancellationToken);
        var taken = others.Where(numbers.Contains).Order().ToList();
        if (taken.Count > 0)
        {
            throw new ImportConflictException(ImportDiagnostic.Error(seed.DisplayPath, 0, string.Create(CultureInfo.InvariantCulture,
                $"resolution numbers {string.Join(", ", taken.Take(10))}{(taken.Count > 10 ? ", …" : string.Empty)} of collection '{collection.Slug}' already belong to another source document")));
        }

        var change = doc is null ? DocumentChange.Added : DocumentChange.Updated;
        var previous = (doc?.Sha256 ?? string.Empty, doc?.ImportedAt ?? now);
        var lastRevisions = doc is null ? new Dictionary<int, int>() : await db.Revisions.Where(v => v.Resolution!.SourceDocumentId == doc.Id)
            .GroupBy(v => v.ResolutionId).Select(g => new { g.Key, Last = g.Max(v => v.Number) }).ToDictionaryAsync(x => x.Key, x => x.Last, cancellationToken);
        if (doc is null)
        {
            doc = new SourceDocument { Path = seed.DisplayPath, Sha256 = seed.Sha256, Encoding = seed.Encoding, Language = seed.Metadata.Language!, Direction = seed.Metadata.Direction! };
            db.SourceDocuments.Add(doc);
        }

        doc.Collection = collection;
        doc.Sha256 = seed.Sha256;
        doc.Encoding = seed.Encoding;
        doc.ImportedAt = now;
        doc.Language = seed.Metadata.Language!;
        doc.Direction = seed.Metadata.Direction!;
        doc.Body = seed.Metadata.Body;
        doc.Congress = seed.Metadata.Event ?? seed.Metadata.Congress;

        if (bulk && change == DocumentChange.Added && others.Count == 0)
        {
            // A collection with no resolutions yet: nothing to match, so the rows go in bulk, past the change tracker.
            await db.SaveChangesAsync(cancellationToken);
            var added = await BulkSeedWriter.WriteAsync(db, seed, collection, doc, ledger, ledgers, now, cancellationToken);
            return new DocumentImportSummary(seed.DisplayPath, change, resolutionCount, clauseCount, added, 0, 0);
        }

        ledgers.ReadBack(collection.Slug);
        var counts = new ClauseCounts();
        foreach (var p in seed.Resolutions())
        {
            var resolution = doc.Resolutions.FirstOrDefault(r => r.Number == p.Number);
            if (resolution is null)
            {
                resolution = new Resolution { Number = p.Number, Heading = p.Heading, Title = p.Title };
                doc.Resolutions.Add(resolution);
            }

            resolution.Collection = collection;
            resolution.Kind = p.Kind;
            resolution.Heading = p.Heading;
            resolution.Title = p.Title;
            resolution.PrintedNumber = p.PrintedNumber;
            resolution.SourceLine = p.Line;
            var changes = RevisionWriter.Apply(db, resolution, p, ledger?.Find(p.Number), lastRevisions.GetValueOrDefault(resolution.Id), previous, (seed.Sha256, now));
            counts.Added += changes.Count(c => c.Change == ClauseChange.Added);
            counts.Removed += changes.Count(c => c.Change == ClauseChange.Removed);
            counts.Updated += changes.Count(c => c.Change is ClauseChange.Edited or ClauseChange.Moved or ClauseChange.Relabelled);
        }

        foreach (var gone in doc.Resolutions.Where(r => !numbers.Contains(r.Number)).ToList())
        {
            counts.Removed += gone.Clauses.Count;
            db.Resolutions.Remove(gone);
        }

        return new DocumentImportSummary(seed.DisplayPath, change, resolutionCount, clauseCount, counts.Added, counts.Updated, counts.Removed);
    }

    private sealed class ClauseCounts
    {
        public int Added { get; set; }

        public int Updated { get; set; }

        public int Removed { get; set; }
    }
}
