using System.Globalization;
using Archive.Core.Storage;
using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Import;

/// <summary>
/// Brings the database in line with one parsed seed file, in place: resolutions are matched by number and
/// clauses by id, so ids and row identities survive a re-import. Runs inside the caller's transaction.
/// </summary>
internal static class SeedWriter
{
    public static async Task<DocumentImportSummary> ApplyAsync(ArchiveDbContext db, SeedFile seed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var parsed = seed.Parsed.Resolutions;
        var (collection, collectionChanged) = await CollectionWriter.ApplyAsync(db, seed.Metadata, cancellationToken);
        var doc = await db.SourceDocuments
            .Include(d => d.Resolutions).ThenInclude(r => r.Clauses)
            .AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Path == seed.DisplayPath, cancellationToken);

        var clauseCount = parsed.Sum(r => r.Clauses.Count);
        if (doc is not null && doc.Sha256 == seed.Sha256 && doc.CollectionId == collection.Id && !collectionChanged)
        {
            return new DocumentImportSummary(seed.DisplayPath, DocumentChange.Unchanged, parsed.Count, clauseCount, 0, 0, 0);
        }

        var numbers = parsed.Select(r => r.Number).ToHashSet();
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

        var counts = new ClauseCounts();
        foreach (var p in parsed)
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
            SyncClauses(db, resolution, p.Clauses, counts);
        }

        foreach (var gone in doc.Resolutions.Where(r => !numbers.Contains(r.Number)).ToList())
        {
            counts.Removed += gone.Clauses.Count;
            db.Resolutions.Remove(gone);
        }

        return new DocumentImportSummary(seed.DisplayPath, change, parsed.Count, clauseCount, counts.Added, counts.Updated, counts.Removed);
    }

    private static void SyncClauses(ArchiveDbContext db, Resolution resolution, IReadOnlyList<ParsedClause> parsed, ClauseCounts counts)
    {
        var byKey = resolution.Clauses.ToDictionary(c => c.Key, StringComparer.Ordinal);
        for (var i = 0; i < parsed.Count; i++)
        {
            var p = parsed[i];
            if (!byKey.Remove(p.Id, out var clause))
            {
                clause = new Clause { Key = p.Id, Text = p.Text };
                resolution.Clauses.Add(clause);
                counts.Added++;
            }
            else if (clause.Text != p.Text || clause.Marker != p.Marker || clause.Label != p.Label || clause.Kind != p.Kind || clause.Ordinal != i + 1)
            {
                counts.Updated++;
            }

            clause.Ordinal = i + 1;
            clause.Kind = p.Kind;
            clause.Label = p.Label;
            clause.Marker = p.Marker;
            clause.Text = p.Text;
            clause.SourceLine = p.Line;
        }

        foreach (var gone in byKey.Values)
        {
            counts.Removed++;
            db.Clauses.Remove(gone);
        }
    }

    private sealed class ClauseCounts
    {
        public int Added { get; set; }

        public int Updated { get; set; }

        public int Removed { get; set; }
    }
}
