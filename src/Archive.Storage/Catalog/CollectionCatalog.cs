using Archive.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Archive.Core.Catalog;

/// <summary>The collections of the archive, and which one references without a collection mean (<see cref="ArchiveOptions.FirstCollection"/>).</summary>
public sealed class CollectionCatalog(IDbContextFactory<ArchiveDbContext> contexts, IOptions<ArchiveOptions> options)
{
    /// <summary>Every collection, the first collection first, then in the order they were imported.</summary>
    public async Task<IReadOnlyList<CollectionSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Collections.AsNoTracking()
            .OrderBy(c => c.Id)
            .Select(c => new
            {
                c.Slug,
                Titles = c.Titles.Select(t => new { t.Language, t.Text }).ToList(),
                c.Body,
                c.Event,
                c.Date,
                c.Language,
                c.Direction,
                c.Format,
                Count = c.Resolutions.Count,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(c => CollectionOrder.Rank(c.Slug, options.Value)).Select(c =>
        {
            var titles = c.Titles.ToDictionary(t => t.Language, t => t.Text, StringComparer.Ordinal);
            var title = titles.TryGetValue(c.Language, out var own) ? own : c.Titles.FirstOrDefault()?.Text ?? c.Slug;
            return new CollectionSummary(c.Slug, title, titles, c.Body, c.Event, c.Date, c.Language, c.Direction, c.Format, c.Count);
        })];
    }

    public async Task<CollectionSummary?> GetAsync(string slug, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(c => string.Equals(c.Slug, slug, StringComparison.Ordinal));

    /// <summary>The slug references without a collection mean: the configured first collection, else the first imported (the configured one in an empty archive).</summary>
    public async Task<string> FirstSlugAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var configured = options.Value.FirstCollection;
        return await db.Collections.AnyAsync(c => c.Slug == configured, cancellationToken)
            ? configured
            : await db.Collections.OrderBy(c => c.Id).Select(c => c.Slug).FirstOrDefaultAsync(cancellationToken) ?? configured;
    }
}
