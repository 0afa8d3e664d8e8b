using Archive.Core.Storage;
using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Import;

/// <summary>
/// Brings a collection's row in line with its metadata (matched by slug, updated in place, so its resolutions keep
/// their rows). Runs inside the caller's transaction; true when anything changed.
/// </summary>
internal static class CollectionWriter
{
    public static async Task<(Collection Collection, bool Changed)> ApplyAsync(ArchiveDbContext db, SeedMetadata metadata, CancellationToken cancellationToken)
    {
        var slug = metadata.Collection!;
        var collection = db.Collections.Local.FirstOrDefault(c => string.Equals(c.Slug, slug, StringComparison.Ordinal))
            ?? await db.Collections.SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        var changed = collection is null;
        if (collection is null)
        {
            collection = new Collection { Slug = slug, Language = metadata.Language!, Direction = metadata.Direction!, Format = metadata.Format! };
            db.Collections.Add(collection);
        }

        var fields = (metadata.Body, metadata.Event ?? metadata.Congress, metadata.Date, metadata.Language!, metadata.Direction!, metadata.Format!);
        changed |= fields != (collection.Body, collection.Event, collection.Date, collection.Language, collection.Direction, collection.Format);
        (collection.Body, collection.Event, collection.Date, collection.Language, collection.Direction, collection.Format) = fields;
        var titles = metadata.Title.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, t.Value)).ToList();
        if (!titles.SequenceEqual(collection.Titles.OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => (t.Language, t.Text))))
        {
            collection.Titles.Clear();
            collection.Titles.AddRange(titles.Select(t => new CollectionTitle { Language = t.Key, Text = t.Value }));
            changed = true;
        }

        return (collection, changed);
    }
}
