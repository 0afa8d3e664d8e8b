using Archive.Core.Storage;
using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Archive.Core.Catalog;

/// <summary>Read-only queries over the archive, one short-lived context per call; the web app and the CLI share it.</summary>
public sealed class ResolutionCatalog(IDbContextFactory<ArchiveDbContext> contexts, ArchiveDatabase database, IOptions<ArchiveOptions> options)
{
    /// <summary>The resolutions of every collection (by collection in <see cref="CollectionOrder"/>, then number), or of one.</summary>
    public async Task<IReadOnlyList<ResolutionSummary>> ListAsync(CancellationToken cancellationToken, string? collection = null)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await SummariesAsync(
            db.Resolutions.AsNoTracking().Where(r => collection == null || r.Collection!.Slug == collection).OrderBy(r => r.CollectionId).ThenBy(r => r.Number),
            cancellationToken);
        return [.. rows.OrderBy(r => CollectionOrder.Rank(r.Collection, options.Value))];
    }

    /// <summary>
    /// <paramref name="limit"/> resolutions from <paramref name="offset"/> of one collection, of one topic, or of all (in
    /// the order of <see cref="ListAsync"/>), and how many there are: counted, ordered and cut by the database in one
    /// snapshot, so that a page of a million-clause archive reads one page's rows.
    /// </summary>
    public async Task<CatalogPage<ResolutionSummary>> PageAsync(string? collection, string? topic, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var snapshot = await ReadSnapshot.BeginAsync(db, cancellationToken);
        var query = db.Resolutions.AsNoTracking();
        if (collection is not null)
        {
            query = query.Where(r => r.Collection!.Slug == collection);
        }

        if (topic is not null)
        {
            query = query.Where(r => r.Topics.Any(t => t.Slug == topic));
        }

        var total = await query.CountAsync(cancellationToken);
        var ordered = collection is not null ? query.OrderBy(r => r.Number) : InListOrder(query);
        var items = offset >= total ? [] : await SummariesAsync(ordered.Skip(offset).Take(limit), cancellationToken);
        return new CatalogPage<ResolutionSummary>(items, offset, total);
    }

    /// <summary>The references of <paramref name="limit"/> resolutions (0 for the count alone) from <paramref name="offset"/>, in the order of <see cref="ListAsync"/>, and how many there are.</summary>
    public async Task<CatalogPage<TextRef>> ReferencesAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var snapshot = await ReadSnapshot.BeginAsync(db, cancellationToken);
        var total = await db.Resolutions.CountAsync(cancellationToken);
        var rows = offset >= total || limit == 0
            ? []
            : await InListOrder(db.Resolutions.AsNoTracking()).Skip(offset).Take(limit).Select(r => new { r.Collection!.Slug, r.Number }).ToListAsync(cancellationToken);
        return new CatalogPage<TextRef>([.. rows.Select(r => new TextRef(r.Slug, r.Number))], offset, total);
    }

    /// <summary>The order of <see cref="ListAsync"/>, kept by the database: the first collection first (<see cref="CollectionOrder"/>), then by import, then by number.</summary>
    private IOrderedQueryable<Resolution> InListOrder(IQueryable<Resolution> query)
    {
        var first = options.Value.FirstCollection;
        return query.OrderBy(r => r.Collection!.Slug == first ? 0 : 1).ThenBy(r => r.CollectionId).ThenBy(r => r.Number);
    }

    private static async Task<IReadOnlyList<ResolutionSummary>> SummariesAsync(IQueryable<Resolution> ordered, CancellationToken cancellationToken)
    {
        var rows = await ordered
            .Select(r => new
            {
                r.Collection!.Slug,
                r.Number,
                r.Kind,
                r.Title,
                Clauses = r.Clauses.Count,
                Topics = r.Topics.OrderBy(t => t.Ordinal).Select(t => t.Slug).ToList(),
                Titles = r.Translations.Select(t => new { t.Language, t.Title }).ToList(),
                r.Collection.Language,
                r.Collection.Direction,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ResolutionSummary(
            r.Slug,
            r.Number, TextKinds.Name(r.Kind), r.Title, r.Clauses, r.Topics,
            r.Titles.ToDictionary(t => t.Language, t => t.Title, StringComparer.Ordinal), r.Language, r.Direction))];
    }

    public async Task<ResolutionDetail?> GetAsync(string collection, int number, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The split query's statements read one snapshot: an import committed between them cannot mix two states.
        await using var snapshot = await ReadSnapshot.BeginAsync(db, cancellationToken);
        var r = await db.Resolutions.AsNoTracking().AsSplitQuery()
            .Include(x => x.Clauses).ThenInclude(c => c.Translations)
            .Include(x => x.Topics)
            .Include(x => x.Translations)
            .Include(x => x.Collection)
            .SingleOrDefaultAsync(x => x.Collection!.Slug == collection && x.Number == number, cancellationToken);
        if (r is null)
        {
            return null;
        }

        var clauses = r.Clauses.OrderBy(c => c.Ordinal).Select(c => new ClauseDetail(
            c.Key,
            c.Label,
            TextKinds.Name(c.Kind),
            c.Text,
            c.Translations.OrderBy(t => t.Language, StringComparer.Ordinal).ToDictionary(
                t => t.Language,
                t => new ClauseTranslationDetail(t.PlainText, t.Html, StatusName(t.Status), t.Source),
                StringComparer.Ordinal))).ToList();
        var versions = r.Translations.OrderBy(t => t.Language, StringComparer.Ordinal).ToDictionary(
            t => t.Language,
            t => new TranslationVersion(t.Language, t.Title, StatusName(t.Status), t.Translator, t.Date),
            StringComparer.Ordinal);
        return new ResolutionDetail(
            r.Collection!.Slug,
            r.Number, TextKinds.Name(r.Kind), r.Title, r.Heading, r.PrintedNumber, clauses,
            [.. r.Topics.OrderBy(t => t.Ordinal).Select(t => t.Slug)], versions, r.Collection.Language, r.Collection.Direction);
    }

    /// <summary>The numbers of a collection's resolutions, in order (for previous/next links).</summary>
    public async Task<IReadOnlyList<int>> NumbersAsync(string collection, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Resolutions.Where(r => r.Collection!.Slug == collection).OrderBy(r => r.Number).Select(r => r.Number).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TopicSummary>> TopicsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var topics = await db.Topics.AsNoTracking().Include(t => t.Resolutions).ThenInclude(r => r.Collection).OrderBy(t => t.Ordinal).ToListAsync(cancellationToken);
        return [.. topics.Select(t => new TopicSummary(
            t.Slug,
            t.Labels.ToDictionary(l => l.Language, l => l.Label, StringComparer.Ordinal),
            [.. t.Resolutions.OrderBy(r => CollectionOrder.Rank(r.Collection!.Slug, options.Value)).ThenBy(r => r.CollectionId).ThenBy(r => r.Number).Select(r => new TextRef(r.Collection!.Slug, r.Number).ToString())]))];
    }

    /// <summary>Every topic with its labels and how many resolutions it has, in the file's order, without loading the resolutions.</summary>
    public async Task<IReadOnlyList<TopicHeading>> TopicHeadingsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Topics.AsNoTracking().OrderBy(t => t.Ordinal)
            .Select(t => new { t.Slug, Labels = t.Labels.Select(l => new { l.Language, l.Label }).ToList(), Count = t.Resolutions.Count })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(t => new TopicHeading(t.Slug, t.Labels.ToDictionary(l => l.Language, l => l.Label, StringComparer.Ordinal), t.Count))];
    }

    /// <summary>The glossary as imported from content/glossary.yml, in the file's order.</summary>
    public async Task<IReadOnlyList<GlossaryTermDetail>> GlossaryAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var terms = await db.Glossary.AsNoTracking().OrderBy(t => t.Ordinal).ToListAsync(cancellationToken);
        return [.. terms.Select(t => new GlossaryTermDetail(
            t.Original,
            t.Renderings.ToDictionary(r => r.Language, r => r.Text, StringComparer.Ordinal),
            t.Note))];
    }

    public async Task<IReadOnlyList<LanguageInfo>> LanguagesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var originals = (await db.Collections.Select(d => d.Language).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var languages = await db.Languages.AsNoTracking().OrderBy(l => l.Ordinal).ToListAsync(cancellationToken);
        return [.. languages.Select(l => new LanguageInfo(l.Code, l.NativeName, l.EnglishName, l.Direction, l.NotTranslated, originals.Contains(l.Code)))];
    }

    public async Task<ArchiveStats> StatsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var translated = await db.ClauseTranslations.GroupBy(t => t.Language)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new ArchiveStats(
            await db.SourceDocuments.CountAsync(cancellationToken),
            await db.Resolutions.CountAsync(cancellationToken),
            await db.Clauses.CountAsync(cancellationToken),
            await db.Topics.CountAsync(cancellationToken),
            translated.OrderBy(t => t.Key, StringComparer.Ordinal).ToDictionary(t => t.Key, t => t.Count, StringComparer.Ordinal),
            await database.GetGenerationAsync(cancellationToken));
    }

    public static string StatusName(TranslationStatus status) => status switch
    {
        TranslationStatus.Draft => "draft",
        TranslationStatus.Reviewed => "reviewed",
        TranslationStatus.Approved => "approved",
        TranslationStatus.Outdated => "outdated",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
