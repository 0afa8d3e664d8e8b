using Archive.Core.Storage;
using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Exports;

/// <summary>
/// Reads the archive from the database as a bundle, in a stable order: streamed (<see cref="OpenAsync"/>, the
/// resolutions read a chunk at a time inside one read snapshot) or whole in memory (<see cref="ExportAsync"/>).
/// </summary>
public sealed class BundleExporter(IDbContextFactory<ArchiveDbContext> contexts, TimeProvider time)
{
    /// <summary>How many resolutions a snapshot reads at a time (500: a few megabytes with their clauses and translations).</summary>
    public int ChunkSize { get; init; } = 500;

    /// <summary>Opens a read snapshot and reads the bundle's outline; its resolutions are read as they are written. Dispose it when done.</summary>
    /// <param name="site">The site's base address, that each resolution's and clause's canonical link is made on.</param>
    public async Task<BundleSnapshot> OpenAsync(Uri site, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            var transaction = await ReadSnapshot.BeginAsync(db, cancellationToken);
            var generation = await ArchiveDatabase.ReadGenerationAsync(db, cancellationToken);
            var languages = await db.Languages.AsNoTracking().OrderBy(l => l.Ordinal).ToListAsync(cancellationToken);
            var documents = await db.SourceDocuments.AsNoTracking().Include(d => d.Collection).OrderBy(d => d.Path).ToListAsync(cancellationToken);
            var collectionRecords = await db.Collections.AsNoTracking().Include(c => c.Titles).OrderBy(c => c.Id).ToListAsync(cancellationToken);
            var topics = await db.Topics.AsNoTracking().OrderBy(t => t.Ordinal).ToListAsync(cancellationToken);
            var glossary = await db.Glossary.AsNoTracking().OrderBy(t => t.Ordinal).ToListAsync(cancellationToken);
            var sources = documents.Select(d => (Source: Source(d), d.Id)).ToList();
            var outline = new ArchiveBundle(
                ArchiveBundle.FormatName,
                ArchiveBundle.CurrentVersion,
                time.GetUtcNow(),
                [.. languages.Select(l => new BundleLanguage(l.Code, l.NativeName, l.EnglishName, l.Direction, l.NotTranslated))],
                [.. sources.Select(s => s.Source)],
                [.. topics.Select(t => new BundleTopic(t.Slug, Ordered(t.Labels.Select(l => (l.Language, l.Label)))))],
                [.. glossary.Select(g => new BundleGlossaryTerm(g.Original, g.Note, Ordered(g.Renderings.Select(r => (r.Language, r.Text)))))])
            {
                CollectionRecords = [.. collectionRecords.Select(c => new BundleCollection(
                    c.Slug, Ordered(c.Titles.Select(t => (t.Language, t.Text))), c.Body, c.Event, c.Date, c.Language, c.Direction, c.Format))],
            };
            var ids = sources.ToDictionary<(BundleSource Source, int Id), BundleSource, int>(s => s.Source, s => s.Id, ReferenceEqualityComparer.Instance);
            return new BundleSnapshot(db, transaction, outline, ids, site, generation, ChunkSize);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>The whole archive as one <see cref="ArchiveBundle"/> in memory (a small archive's; a large one is streamed from <see cref="OpenAsync"/>).</summary>
    public async Task<ArchiveBundle> ExportAsync(Uri site, CancellationToken cancellationToken)
    {
        await using var snapshot = await OpenAsync(site, cancellationToken);
        var sources = new List<BundleSource>();
        foreach (var source in snapshot.Outline.Collections)
        {
            var resolutions = new List<BundleResolution>();
            await foreach (var resolution in snapshot.ResolutionsAsync(source, cancellationToken))
            {
                resolutions.Add(resolution);
            }

            sources.Add(source with { Resolutions = resolutions });
        }

        return snapshot.Outline with { Collections = sources };
    }

    /// <summary>A source with what its metadata said and no resolutions (the snapshot reads them).</summary>
    private static BundleSource Source(SourceDocument d) => new(
        d.Collection!.Slug,
        d.Path,
        d.Sha256,
        d.Encoding,
        d.Language,
        d.Direction,
        d.Body,
        d.Congress,
        d.ImportedAt,
        []);

    private static Dictionary<string, string> Ordered(IEnumerable<(string Language, string Text)> byLanguage) =>
        byLanguage.OrderBy(x => x.Language, StringComparer.Ordinal).ToDictionary(x => x.Language, x => x.Text, StringComparer.Ordinal);
}
