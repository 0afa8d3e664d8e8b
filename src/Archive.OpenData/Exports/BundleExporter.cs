using Archive.Core.Catalog;
using Archive.Core.Storage;
using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Exports;

/// <summary>Reads the whole archive from the database into an <see cref="ArchiveBundle"/>, in a stable order.</summary>
public sealed class BundleExporter(IDbContextFactory<ArchiveDbContext> contexts, TimeProvider time)
{
    /// <param name="site">The site's base address, that each resolution's and clause's canonical link is made on.</param>
    public async Task<ArchiveBundle> ExportAsync(Uri site, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var languages = await db.Languages.AsNoTracking().OrderBy(l => l.Ordinal).ToListAsync(cancellationToken);
        var documents = await db.SourceDocuments.AsNoTracking().AsSplitQuery()
            .Include(d => d.Collection)
            .Include(d => d.Resolutions).ThenInclude(r => r.Clauses).ThenInclude(c => c.Translations)
            .Include(d => d.Resolutions).ThenInclude(r => r.Translations)
            .Include(d => d.Resolutions).ThenInclude(r => r.Topics)
            .OrderBy(d => d.Path).ToListAsync(cancellationToken);
        var collectionRecords = await db.Collections.AsNoTracking().Include(c => c.Titles).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var topics = await db.Topics.AsNoTracking().OrderBy(t => t.Ordinal).ToListAsync(cancellationToken);
        var glossary = await db.Glossary.AsNoTracking().OrderBy(t => t.Ordinal).ToListAsync(cancellationToken);
        return new ArchiveBundle(
            ArchiveBundle.FormatName,
            ArchiveBundle.CurrentVersion,
            time.GetUtcNow(),
            [.. languages.Select(l => new BundleLanguage(l.Code, l.NativeName, l.EnglishName, l.Direction, l.NotTranslated))],
            [.. documents.Select(d => Collection(d, site))],
            [.. topics.Select(t => new BundleTopic(t.Slug, Ordered(t.Labels.Select(l => (l.Language, l.Label)))))],
            [.. glossary.Select(g => new BundleGlossaryTerm(g.Original, g.Note, Ordered(g.Renderings.Select(r => (r.Language, r.Text)))))])
        {
            CollectionRecords = [.. collectionRecords.Select(c => new BundleCollection(
                c.Slug, Ordered(c.Titles.Select(t => (t.Language, t.Text))), c.Body, c.Event, c.Date, c.Language, c.Direction, c.Format))],
        };
    }

    private static BundleSource Collection(SourceDocument d, Uri site) => new(
        d.Collection!.Slug,
        d.Path,
        d.Sha256,
        d.Encoding,
        d.Language,
        d.Direction,
        d.Body,
        d.Congress,
        d.ImportedAt,
        [.. d.Resolutions.OrderBy(r => r.Number).Select(r => Resolution(d.Collection!.Slug, r, site))]);

    private static BundleResolution Resolution(string collection, Resolution r, Uri site)
    {
        var reference = new TextRef(collection, r.Number);
        return new BundleResolution(
            r.Number,
            reference.ToString(),
            reference.Url(site).AbsoluteUri,
            TextKinds.Name(r.Kind),
            r.Heading,
            r.Title,
            r.PrintedNumber,
            r.SourceLine,
            [.. r.Topics.OrderBy(t => t.Ordinal).Select(t => t.Slug)],
            [.. r.Translations.OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => new BundleResolutionTranslation(
                t.Language, t.Title, ResolutionCatalog.StatusName(t.Status), t.Translator, t.Date, t.File))],
            [.. r.Clauses.OrderBy(c => c.Ordinal).Select(c => Clause(reference with { Clause = c.Key }, c, site))]);
    }

    private static BundleClause Clause(TextRef reference, Clause c, Uri site)
    {
        return new BundleClause(
            c.Key,
            reference.ToString(),
            reference.Url(site).AbsoluteUri,
            c.Label,
            c.Marker,
            TextKinds.Name(c.Kind),
            c.Text,
            c.SourceLine,
            [.. c.Translations.OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => new BundleClauseTranslation(
                t.Language, t.Markdown, t.Html, t.PlainText, ResolutionCatalog.StatusName(t.Status), t.Source, t.ContentHash))]);
    }

    private static Dictionary<string, string> Ordered(IEnumerable<(string Language, string Text)> byLanguage) =>
        byLanguage.OrderBy(x => x.Language, StringComparer.Ordinal).ToDictionary(x => x.Language, x => x.Text, StringComparer.Ordinal);
}
