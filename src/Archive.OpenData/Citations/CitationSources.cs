using Archive.Core.Catalog;
using Archive.Core.Storage;
using Archive.Core.Texts.Languages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Citations;

/// <summary>
/// Gathers what a citation states from the database and the collection's metadata: the page, the API and the command
/// get their <see cref="CitationSource"/> here, so that every citation of a clause on a day is the same.
/// </summary>
public sealed class CitationSources(
    IDbContextFactory<ArchiveDbContext> contexts,
    ResolutionCatalog catalog,
    CollectionDescriptions collections,
    LanguageRulesRegistry languages,
    TimeProvider time)
{
    /// <summary>The source of a citation of <paramref name="reference"/> written in <paramref name="language"/> for the site at <paramref name="site"/>.</summary>
    public async Task<CitationLookup> FindAsync(Texts.TextRef reference, string language, Uri site, CancellationToken cancellationToken)
    {
        var resolution = await catalog.GetAsync(reference.Collection, reference.Resolution, cancellationToken);
        var collection = resolution is null ? null : await CollectionOfAsync(reference.WholeResolution, cancellationToken);
        if (resolution is null || collection is null)
        {
            return new CitationLookup(null, ResolutionExists: false);
        }

        var clause = reference.Clause is null ? null : resolution.Clauses.FirstOrDefault(c => string.Equals(c.Id, reference.Clause, StringComparison.Ordinal));
        return reference.Clause is not null && clause is null
            ? new CitationLookup(null, ResolutionExists: true)
            : new CitationLookup(Build(resolution, clause, collection, language, site), ResolutionExists: true);
    }

    /// <summary>The collection of the resolution <paramref name="resolution"/> names; null when there is no such resolution.</summary>
    public async Task<CollectionDescription?> CollectionOfAsync(Texts.TextRef resolution, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var document = await db.Resolutions.AsNoTracking().Where(r => r.Number == resolution.Resolution && r.Collection!.Slug == resolution.Collection)
            .Select(r => new { r.SourceDocument!.Path, r.SourceDocument.Language, r.SourceDocument.Body, r.SourceDocument.Congress })
            .SingleOrDefaultAsync(cancellationToken);
        return document is null ? null : collections.For(document.Path, document.Language, document.Body, document.Congress);
    }

    /// <summary>The source of a citation of a resolution (or, with <paramref name="clause"/>, one of its clauses) already read.</summary>
    public CitationSource Build(ResolutionDetail resolution, ClauseDetail? clause, CollectionDescription collection, string language, Uri site)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        ArgumentNullException.ThrowIfNull(collection);
        var code = LanguageRulesRegistry.PrimarySubtag(language);
        var isOriginal = string.Equals(code, resolution.Language, StringComparison.Ordinal);
        var (title, titleLanguage) = !isOriginal && resolution.Versions.TryGetValue(code, out var version)
            ? (version.Title, code)
            : (resolution.Title, resolution.Language);
        var reference = resolution.Reference with { Clause = clause?.Id };
        var pinpoint = clause is null ? null : PinpointLabel.For(languages.For(code), isOriginal, clause.Kind, clause.Id, clause.Label);
        return new CitationSource(
            reference,
            reference.Url(site),
            code,
            title,
            titleLanguage,
            pinpoint,
            collection.BodyIn(code),
            collection.EventIn(code),
            collection.Slug,
            collection.Date,
            DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
    }
}
