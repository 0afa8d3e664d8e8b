using System.Globalization;
using Archive.Core.Content;
using Archive.Core.Revisions;
using Archive.Core.Storage;
using Archive.Core.Texts;
using Archive.Core.Texts.Languages;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Archive.Core.Import;

/// <summary>
/// Imports seed files (and content/) into the database, all or nothing: everything is read and checked first,
/// and nothing is written when anything has an error. Re-importing unchanged input writes nothing. The check keeps
/// each seed's text and the outline of its resolutions, not the parsed clauses: the writing parses the text again,
/// resolution by resolution (<see cref="SeedFile.Resolutions"/>).
/// </summary>
public sealed class ArchiveImporter(IDbContextFactory<ArchiveDbContext> contexts, ArchiveLocations locations, LanguageRulesRegistry languages, IOptions<ArchiveOptions> options, TimeProvider? clock = null, ILogger<ArchiveImporter>? logger = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ILogger _log = logger ?? NullLogger<ArchiveImporter>.Instance;

    /// <summary>
    /// Whether a document going into a collection that holds no resolutions is written in bulk (<see cref="Bulk.BulkSeedWriter"/>);
    /// off only where a test compares it with the tracked path.
    /// </summary>
    internal bool WritesFreshDocumentsInBulk { get; set; } = true;

    /// <summary>Imports the seed files under <paramref name="paths"/> (default: the seeds folder).</summary>
    public async Task<ImportReport> ImportAsync(IReadOnlyList<string>? paths, CancellationToken cancellationToken) =>
        await ImportAsync(paths, locations.ContentDirectory, cancellationToken);

    /// <summary>Imports seed files and the content folder (null: seeds only).</summary>
    public async Task<ImportReport> ImportAsync(IReadOnlyList<string>? paths, string? contentDirectory, CancellationToken cancellationToken)
    {
        var report = new ImportReport();
        var watch = Stopwatch.StartNew();
        var seedPaths = paths is { Count: > 0 } ? paths : [locations.SeedsDirectory];
        var (seeds, diagnostics) = await new SeedReader(locations, languages).ReadAsync(seedPaths, cancellationToken);
        report.Diagnostics.AddRange(diagnostics);
        CheckNumbersAcrossFiles(seeds, report);
        var content = contentDirectory is not null && Directory.Exists(contentDirectory)
            ? await new ContentReader(new ContentLocation(locations.ContentDirectory, locations.Display)).ReadAsync(contentDirectory, report.Diagnostics, cancellationToken)
            : null;
        var ledgers = new LedgerStore(contentDirectory is not null && Directory.Exists(contentDirectory) ? contentDirectory : null, locations.Display);
        var collections = seeds.Select(s => s.Metadata.Collection!).ToList();
        if (!ledgers.Read(collections, report.Diagnostics) || !report.Succeeded)
        {
            return report;
        }

        Took("reading and parsing", watch);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var now = _clock.GetUtcNow();
            foreach (var seed in seeds)
            {
                report.Documents.Add(await SeedWriter.ApplyAsync(db, seed, ledgers, now, WritesFreshDocumentsInBulk, cancellationToken));
            }

            // The seeds are written: let their texts go before the content step reads the originals back.
            seeds = [];
            Took("writing the seeds' rows (in bulk into a fresh collection, else matched and tracked)", watch);
            await db.SaveChangesAsync(cancellationToken);
            Took("saving the tracked rows (EF Core SaveChanges)", watch);
            // A collection whose documents all moved to another (a renamed slug) is gone.
            db.Collections.RemoveRange(await db.Collections.Where(c => !c.Documents.Any() && !c.Resolutions.Any()).ToListAsync(cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            if (content is not null)
            {
                var originals = await OriginalsAsync(db, texts: content.Translations.Count > 0, cancellationToken);
                Took("content: the originals read back", watch);
                var check = ContentChecker.Check(content, originals);
                report.Diagnostics.AddRange(check.Diagnostics);
                if (check.HasErrors)
                {
                    throw new ImportConflictException(ImportDiagnostic.Error(locations.Display(contentDirectory!), 0, "content has errors; nothing was imported"));
                }

                report.Content = await ContentWriter.ApplyAsync(db, content, originals.FirstCollection, cancellationToken);
                Took("content: checked and written", watch);
            }

            report.Changed = report.Documents.Any(d => d.Change != DocumentChange.Unchanged) || report.Content?.Changed == true;
            report.Generation = await BumpGenerationAsync(db, report.Changed, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await ledgers.BuildAsync(db, collections, cancellationToken);
            Took("generation and ledgers", watch);
            await transaction.CommitAsync(cancellationToken);
            Took("commit", watch);
        }
        catch (ImportConflictException ex) when (ex.Diagnostic is not null)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            report.Diagnostics.Add(ex.Diagnostic);
            report.Documents.Clear();
            report.Content = null;
            report.Changed = false;
            return report;
        }

        // The database is committed: a content folder this process may not write (a read-only deployment) is a warning, not a failure.
        try
        {
            report.LedgersWritten.AddRange(ledgers.Write());
            if (content is not null && content.Translations.Any(f => f.Blocks.Any(b => b.Source is null)))
            {
                await using var read = await contexts.CreateDbContextAsync(cancellationToken);
                var hashes = (await OriginalsAsync(read, texts: true, cancellationToken)).Clauses.ToDictionary(c => (c.Collection, c.Resolution, c.Id), c => TextHash.Of(c.Text));
                report.TranslationsStamped.AddRange(TranslationStamper.Stamp(contentDirectory!, content.Translations, hashes));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            report.Diagnostics.Add(ImportDiagnostic.Warning(locations.Display(contentDirectory ?? locations.ContentDirectory), 0,
                $"the import is saved, but the id ledger or translation stamps could not be written ({ex.Message}); import again where content/ is writable and commit what it writes"));
        }

        Took("the database part", watch);
        return report;
    }

    /// <summary>Checks the content folder against the imported original without writing anything.</summary>
    public async Task<(ContentCheckReport Report, IReadOnlyList<ImportDiagnostic> ReadErrors)> CheckContentAsync(string? contentDirectory, CancellationToken cancellationToken)
    {
        var diagnostics = new List<ImportDiagnostic>();
        var content = await new ContentReader(new ContentLocation(locations.ContentDirectory, locations.Display)).ReadAsync(contentDirectory, diagnostics, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (ContentChecker.Check(content, await OriginalsAsync(db, texts: true, cancellationToken)), diagnostics);
    }

    /// <summary>
    /// The imported originals: clauses, titles, each collection's language, and the first collection
    /// (<see cref="ArchiveOptions.FirstCollection"/>, else the first imported). Only translations are checked against the
    /// texts: with <paramref name="texts"/> false (a content/ without translation files) the clauses are read without
    /// them and the titles not at all, so that a large archive's texts are not all held at once for nothing.
    /// </summary>
    private async Task<OriginalTexts> OriginalsAsync(ArchiveDbContext db, bool texts, CancellationToken cancellationToken)
    {
        var collections = await db.Collections.OrderBy(c => c.Id).Select(c => new { c.Id, c.Slug, c.Language }).ToListAsync(cancellationToken);
        var slugs = collections.ToDictionary(c => c.Id, c => c.Slug);
        var clauses = new List<SourceClause>();
        await foreach (var c in db.Clauses.OrderBy(c => c.Resolution!.CollectionId).ThenBy(c => c.Resolution!.Number).ThenBy(c => c.Ordinal)
            .Select(c => new { c.Resolution!.CollectionId, c.Resolution.Number, c.Key, Text = texts ? c.Text : string.Empty }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            clauses.Add(new SourceClause(slugs[c.CollectionId], c.Number, c.Key, c.Text));
        }

        var titles = texts
            ? await db.Resolutions.Select(r => new { r.Collection!.Slug, r.Number, r.Title }).ToDictionaryAsync(r => (r.Slug, r.Number), r => r.Title, cancellationToken)
            : null;
        var first = collections.Any(c => c.Slug == options.Value.FirstCollection) ? options.Value.FirstCollection : collections.FirstOrDefault()?.Slug;
        var retired = await db.RetiredClauses.Select(c => new { c.Resolution!.Collection!.Slug, c.Resolution.Number, c.Key }).ToListAsync(cancellationToken);
        return new OriginalTexts(clauses, collections.ToDictionary(c => c.Slug, c => c.Language, StringComparer.Ordinal), titles, first)
        {
            Retired = retired.Select(r => (r.Slug, r.Number, r.Key)).ToHashSet(),
        };
    }

    /// <summary>Logs, at Debug level, the time since the import started when <paramref name="step"/> ended, and the memory then in use.</summary>
    private void Took(string step, Stopwatch watch)
    {
        if (_log.IsEnabled(LogLevel.Debug))
        {
            _log.LogDebug("import: {Step} took {Seconds:0.00} s (managed heap {Heap:N0} MiB, working set {WorkingSet:N0} MiB)",
                step, watch.Elapsed.TotalSeconds, GC.GetTotalMemory(false) / 1048576, Environment.WorkingSet / 1048576);
        }
    }

    private static void CheckNumbersAcrossFiles(IReadOnlyList<SeedFile> seeds, ImportReport report)
    {
        var owner = new Dictionary<(string, int), string>();
        foreach (var seed in seeds)
        {
            foreach (var (number, line) in seed.Outline.Resolutions)
            {
                if (!owner.TryAdd((seed.Metadata.Collection!, number), seed.DisplayPath))
                {
                    report.Diagnostics.Add(ImportDiagnostic.Error(seed.DisplayPath, line, string.Create(CultureInfo.InvariantCulture,
                        $"resolution {number} of collection '{seed.Metadata.Collection}' is also in {owner[(seed.Metadata.Collection!, number)]}; each resolution of a collection has its own number")));
                    return;
                }
            }
        }
    }

    private static async Task<long> BumpGenerationAsync(ArchiveDbContext db, bool changed, CancellationToken cancellationToken)
    {
        var entry = await db.State.FindAsync([ArchiveStateEntry.GenerationKey], cancellationToken);
        var generation = entry is null ? 0 : long.Parse(entry.Value, CultureInfo.InvariantCulture);
        if (!changed)
        {
            return generation;
        }

        generation++;
        var value = generation.ToString(CultureInfo.InvariantCulture);
        if (entry is null)
        {
            db.State.Add(new ArchiveStateEntry { Key = ArchiveStateEntry.GenerationKey, Value = value });
        }
        else
        {
            entry.Value = value;
        }

        return generation;
    }
}
