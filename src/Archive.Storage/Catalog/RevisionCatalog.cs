using Archive.Core.Revisions;
using Archive.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Catalog;

/// <summary>Read-only queries over the revisions of the originals: retired clauses, each resolution's history, a resolution as it was.</summary>
public sealed class RevisionCatalog(IDbContextFactory<ArchiveDbContext> contexts)
{
    /// <summary>The retired clause with this id in the resolution, or null (an id that never existed, or one still in use).</summary>
    public async Task<RetiredClauseDetail?> RetiredAsync(string collection, int number, string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.RetiredClauses.AsNoTracking()
            .Where(c => c.Resolution!.Collection!.Slug == collection && c.Resolution.Number == number && c.Key == id)
            .Select(c => new RetiredClauseDetail(c.Key, c.Marker, c.Text, c.RemovedAt, c.Revision))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The resolution's revisions, oldest first, each with its changes in the order of the clauses; null when there is no such resolution.</summary>
    public async Task<IReadOnlyList<RevisionDetail>?> HistoryAsync(string collection, int number, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Resolutions.AnyAsync(r => r.Collection!.Slug == collection && r.Number == number, cancellationToken))
        {
            return null;
        }

        var revisions = await db.Revisions.AsNoTracking().Include(v => v.Changes)
            .Where(v => v.Resolution!.Collection!.Slug == collection && v.Resolution.Number == number)
            .OrderBy(v => v.Number).ToListAsync(cancellationToken);
        return [.. revisions.Select(v => new RevisionDetail(v.Number, v.ImportedAt, v.SourceSha256, [.. v.Changes
            .OrderBy(c => c.NewPosition ?? c.OldPosition).ThenBy(c => c.Id)
            .Select(c => new RevisionChangeDetail(c.Key, c.Change, c.OldText, c.NewText, c.OldPosition, c.NewPosition))]))];
    }

    /// <summary>The resolution as revision <paramref name="revision"/> had it, or null when it has no such revision.</summary>
    public async Task<RevisionText?> AtAsync(string collection, int number, int revision, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var revisions = db.Revisions.AsNoTracking().Where(v => v.Resolution!.Collection!.Slug == collection && v.Resolution.Number == number);
        var found = await revisions.Where(v => v.Number == revision).Select(v => new { v.Number, v.ImportedAt, v.Heading, v.Clauses }).SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var latest = await revisions.MaxAsync(v => v.Number, cancellationToken);
        return new RevisionText(found.Number, latest, found.ImportedAt, found.Heading, RevisionSnapshot.Parse(found.Clauses));
    }
}
