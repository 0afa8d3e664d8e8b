using System.Data.Common;
using System.Runtime.CompilerServices;
using Archive.Core.Catalog;
using Archive.Core.Storage;
using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Exports;

/// <summary>
/// The archive as a bundle, read inside one read snapshot (<see cref="ReadSnapshot"/>) so that every file written from
/// it describes one import generation: the <see cref="Outline"/> at once, each source's resolutions
/// <see cref="ChunkSize"/> at a time (with their clauses, translations and topics), so that memory holds one chunk
/// whatever the archive's size. One reader at a time: the resolutions are read on the snapshot's one connection.
/// </summary>
public sealed class BundleSnapshot : IBundleParts, IAsyncDisposable
{
    private readonly ArchiveDbContext _db;
    private readonly DbTransaction _transaction;
    private readonly Dictionary<BundleSource, int> _documents;
    private readonly Uri _site;

    internal BundleSnapshot(ArchiveDbContext db, DbTransaction transaction, ArchiveBundle outline, Dictionary<BundleSource, int> documents, Uri site, long generation, int chunkSize)
    {
        _db = db;
        _transaction = transaction;
        _documents = documents;
        _site = site;
        Outline = outline;
        Generation = generation;
        ChunkSize = chunkSize;
    }

    public ArchiveBundle Outline { get; }

    /// <summary>The import generation the snapshot shows (0 for an empty archive).</summary>
    public long Generation { get; }

    /// <summary>How many resolutions each read brings.</summary>
    public int ChunkSize { get; }

    public async IAsyncEnumerable<BundleResolution> ResolutionsAsync(BundleSource source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var document = _documents.TryGetValue(source, out var id) ? id : throw new ArgumentException("not a source of this snapshot's outline", nameof(source));
        var after = int.MinValue;
        while (true)
        {
            var chunk = await _db.Resolutions.AsNoTracking().AsSplitQuery()
                .Where(r => r.SourceDocumentId == document && r.Number > after)
                .OrderBy(r => r.Number)
                .Take(ChunkSize)
                .Include(r => r.Clauses).ThenInclude(c => c.Translations)
                .Include(r => r.Translations)
                .Include(r => r.Topics)
                .ToListAsync(cancellationToken);
            foreach (var resolution in chunk)
            {
                yield return Resolution(source.Slug, resolution, _site);
            }

            if (chunk.Count < ChunkSize)
            {
                yield break;
            }

            after = chunk[^1].Number;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _db.DisposeAsync();
    }

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
}
