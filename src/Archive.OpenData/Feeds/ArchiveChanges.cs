using System.Globalization;
using Archive.Core.Catalog;
using Archive.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Feeds;

/// <summary>
/// The archive's changes, newest first: each resolution added (at its source's import) and each translation at its
/// current status (at the translation's date, else the import). The archive keeps no history of revisions yet, so a
/// status change is seen as a new change of the same translation.
/// </summary>
public sealed class ArchiveChanges(IDbContextFactory<ArchiveDbContext> contexts)
{
    public async Task<IReadOnlyList<ArchiveChange>> ListAsync(string? collection, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Resolutions.AsNoTracking()
            .Select(r => new
            {
                r.Number,
                Slug = r.Collection!.Slug,
                r.Title,
                r.SourceDocument!.ImportedAt,
                Translations = r.Translations.Select(t => new { t.Language, t.Title, t.Status, t.Date }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var changes = new List<ArchiveChange>();
        foreach (var r in rows)
        {
            var slug = r.Slug;
            if (collection is not null && !string.Equals(slug, collection, StringComparison.Ordinal))
            {
                continue;
            }

            var reference = new Texts.TextRef(slug, r.Number);
            changes.Add(new ArchiveChange($"{slug}/{r.Number.ToString(CultureInfo.InvariantCulture)}/added", reference, slug, null, null, r.Title, r.ImportedAt));
            foreach (var t in r.Translations)
            {
                var status = ResolutionCatalog.StatusName(t.Status);
                var when = DateTimeOffset.TryParse(t.Date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : r.ImportedAt;
                changes.Add(new ArchiveChange($"{slug}/{r.Number.ToString(CultureInfo.InvariantCulture)}/{t.Language}/{status}", reference, slug, t.Language, status, t.Title, when));
            }
        }

        return [.. changes.OrderByDescending(c => c.When).ThenBy(c => c.Ref.Collection, StringComparer.Ordinal).ThenBy(c => c.Ref.Resolution).ThenBy(c => c.Key, StringComparer.Ordinal)];
    }
}
