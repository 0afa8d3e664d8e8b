using System.Security.Cryptography;
using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Archive.Core.Storage;

/// <summary>
/// Before a save, gives a new <see cref="Resolution.ContentTag"/> to every resolution whose indexed content the save
/// changes: the resolution row itself, a clause, a clause's or the title's translation, a topic link. The search index
/// compares these tags with the ones it indexed, so an import re-indexes only what it changed, whoever wrote it.
/// </summary>
public static class ResolutionContentTags
{
    /// <summary>The many-to-many link table of resolutions and topics (see ResolutionConfiguration).</summary>
    private const string TopicLinks = "ResolutionTopics";

    private const int Chunk = 500;

    /// <summary>A new random tag (32 hex digits), also given by writers that bypass the change tracker.</summary>
    public static string NewTag() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    internal static async Task MarkAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var marked = new HashSet<Resolution>(ReferenceEqualityComparer.Instance);
        var resolutionIds = new HashSet<int>();
        var clauseIds = new HashSet<int>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Resolution r when entry.State != EntityState.Deleted && !OnlyTagChanged(entry):
                    marked.Add(r);
                    break;
                case Clause c:
                    Owner(entry, c.Resolution, nameof(Clause.ResolutionId), marked, resolutionIds);
                    break;
                case ResolutionTranslation t:
                    Owner(entry, t.Resolution, nameof(ResolutionTranslation.ResolutionId), marked, resolutionIds);
                    break;
                case ClauseTranslation t when t.Clause is { } clause:
                    Owner(db.Entry(clause), clause.Resolution, nameof(Clause.ResolutionId), marked, resolutionIds);
                    break;
                case ClauseTranslation t:
                    clauseIds.Add(t.ClauseId);
                    break;
                case Dictionary<string, object> link when entry.Metadata.Name == TopicLinks && link.TryGetValue("ResolutionsId", out var id) && id is int rid:
                    resolutionIds.Add(rid);
                    break;
            }
        }

        foreach (var chunk in clauseIds.Where(id => id > 0).Chunk(Chunk))
        {
            resolutionIds.UnionWith(await db.Clauses.Where(c => chunk.Contains(c.Id)).Select(c => c.ResolutionId).ToListAsync(cancellationToken));
        }

        var tracked = db.ChangeTracker.Entries<Resolution>().Where(e => !e.Property(r => r.Id).IsTemporary).ToDictionary(e => e.Entity.Id, e => e);
        var untracked = new List<int>();
        foreach (var id in resolutionIds.Where(id => id > 0))
        {
            if (!tracked.TryGetValue(id, out var entry))
            {
                untracked.Add(id);
            }
            else if (entry.State != EntityState.Deleted)
            {
                marked.Add(entry.Entity);
            }
        }

        foreach (var chunk in untracked.Chunk(Chunk))
        {
            marked.UnionWith(await db.Resolutions.Where(r => chunk.Contains(r.Id)).ToListAsync(cancellationToken));
        }

        foreach (var resolution in marked)
        {
            resolution.ContentTag = NewTag();
        }
    }

    private static bool OnlyTagChanged(EntityEntry entry) =>
        entry.State == EntityState.Modified && entry.Properties.Where(p => p.IsModified).All(p => p.Metadata.Name == nameof(Resolution.ContentTag));

    /// <summary>The resolution owning a changed row: its tracked navigation, else its stored id (a temporary one belongs to a new resolution, marked as added).</summary>
    private static void Owner(EntityEntry entry, Resolution? resolution, string foreignKey, HashSet<Resolution> marked, HashSet<int> ids)
    {
        if (resolution is not null)
        {
            marked.Add(resolution);
            return;
        }

        var key = entry.Property(foreignKey);
        if (!key.IsTemporary && key.CurrentValue is int id)
        {
            ids.Add(id);
        }
    }
}
