using Archive.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Archive.Core.Catalog;

/// <summary>Coverage and status of the translations per resolution, from the database: what the status page shows.</summary>
public sealed class TranslationCoverage(IDbContextFactory<ArchiveDbContext> contexts, IOptions<ArchiveOptions> options)
{
    public async Task<IReadOnlyList<ResolutionCoverage>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var resolutions = await db.Resolutions.AsNoTracking()
            .OrderBy(r => r.CollectionId).ThenBy(r => r.Number)
            .Select(r => new
            {
                r.Number,
                r.Collection!.Slug,
                r.Collection.Language,
                r.Title,
                Titles = r.Translations.Select(t => new { t.Language, t.Title }).ToList(),
                Clauses = r.Clauses.Count,
            })
            .ToListAsync(cancellationToken);
        var counts = await db.ClauseTranslations.AsNoTracking()
            .GroupBy(t => new { t.Clause!.Resolution!.Collection!.Slug, t.Clause.Resolution.Number, t.Language, t.Status })
            .Select(g => new { g.Key.Slug, g.Key.Number, g.Key.Language, g.Key.Status, Clauses = g.Count() })
            .ToListAsync(cancellationToken);
        var byResolution = counts.ToLookup(c => (c.Slug, c.Number));
        return [.. resolutions.OrderBy(r => CollectionOrder.Rank(r.Slug, options.Value)).Select(r => new ResolutionCoverage(
            r.Number,
            r.Slug,
            r.Title,
            r.Titles.ToDictionary(t => t.Language, t => t.Title, StringComparer.Ordinal),
            r.Clauses,
            [.. byResolution[(r.Slug, r.Number)].OrderBy(c => c.Language, StringComparer.Ordinal).ThenBy(c => c.Status)
                .Select(c => new StatusCount(c.Language, ResolutionCatalog.StatusName(c.Status), c.Clauses))],
            r.Language))];
    }
}
