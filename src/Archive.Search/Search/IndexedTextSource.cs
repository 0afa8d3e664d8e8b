using Archive.Core.Storage;
using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Search;

/// <summary>Reads what the index holds from the database, the source of truth: titles and clauses with all their translations.</summary>
public sealed class IndexedTextSource(IDbContextFactory<ArchiveDbContext> contexts)
{
    public async Task<(IReadOnlyList<IndexedText> Texts, long Generation)> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // One snapshot for every statement below (see ReadSnapshot).
        await using var transaction = await ReadSnapshot.BeginAsync(db, cancellationToken);
        var generation = await db.State.Where(s => s.Key == ArchiveStateEntry.GenerationKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        var resolutions = await db.Resolutions.AsNoTracking()
            .Include(r => r.Collection).Include(r => r.Topics).Include(r => r.Translations)
            .Include(r => r.Clauses).ThenInclude(c => c.Translations)
            .OrderBy(r => r.CollectionId).ThenBy(r => r.Number)
            .ToListAsync(cancellationToken);
        var texts = new List<IndexedText>();
        foreach (var r in resolutions)
        {
            var topics = r.Topics.Select(t => t.Slug).ToList();
            var original = r.Collection!.Language;
            var collection = r.Collection.Slug;
            var titles = r.Translations.ToDictionary(t => t.Language, t => t.Title, StringComparer.Ordinal);
            titles[original] = r.Heading;
            texts.Add(new IndexedText(r.Number, TextRef.TitleId, "title", string.Empty, topics, titles, original) { Collection = collection });
            foreach (var c in r.Clauses.OrderBy(c => c.Ordinal))
            {
                var byLanguage = c.Translations.ToDictionary(t => t.Language, t => t.PlainText, StringComparer.Ordinal);
                byLanguage[original] = c.Text;
                texts.Add(new IndexedText(r.Number, c.Key, TextKinds.Name(c.Kind), c.Label, topics, byLanguage, original) { Collection = collection });
            }
        }

        return (texts, generation is null ? 0 : long.Parse(generation, System.Globalization.CultureInfo.InvariantCulture));
    }
}
