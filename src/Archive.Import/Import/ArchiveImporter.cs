using System.Globalization;
using Archive.Core.Content;
using Archive.Core.Storage;
using Archive.Core.Texts;
using Archive.Core.Texts.Languages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Import;

/// <summary>
/// Imports seed files (and content/) into the database, all or nothing: everything is read and checked first,
/// and nothing is written when anything has an error. Re-importing unchanged input writes nothing.
/// </summary>
public sealed class ArchiveImporter(IDbContextFactory<ArchiveDbContext> contexts, ArchiveLocations locations, LanguageRulesRegistry languages, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Imports the seed files under <paramref name="paths"/> (default: the seeds folder).</summary>
    public async Task<ImportReport> ImportAsync(IReadOnlyList<string>? paths, CancellationToken cancellationToken) =>
        await ImportAsync(paths, locations.ContentDirectory, cancellationToken);

    /// <summary>Imports seed files and the content folder (null: seeds only).</summary>
    public async Task<ImportReport> ImportAsync(IReadOnlyList<string>? paths, string? contentDirectory, CancellationToken cancellationToken)
    {
        var report = new ImportReport();
        var seedPaths = paths is { Count: > 0 } ? paths : [locations.SeedsDirectory];
        var (seeds, diagnostics) = await new SeedReader(locations, languages).ReadAsync(seedPaths, cancellationToken);
        report.Diagnostics.AddRange(diagnostics);
        CheckNumbersAcrossFiles(seeds, report);
        var content = contentDirectory is not null && Directory.Exists(contentDirectory)
            ? await new ContentReader(new ContentLocation(locations.ContentDirectory, locations.Display)).ReadAsync(contentDirectory, report.Diagnostics, cancellationToken)
            : null;
        if (!report.Succeeded)
        {
            return report;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var now = _clock.GetUtcNow();
            foreach (var seed in seeds)
            {
                report.Documents.Add(await SeedWriter.ApplyAsync(db, seed, now, cancellationToken));
            }

            await db.SaveChangesAsync(cancellationToken);
            if (content is not null)
            {
                var check = ContentChecker.Check(content, await SourceClausesAsync(db, cancellationToken), await OriginalLanguageAsync(db, cancellationToken), await SourceTitlesAsync(db, cancellationToken));
                report.Diagnostics.AddRange(check.Diagnostics);
                if (check.HasErrors)
                {
                    throw new ImportConflictException(ImportDiagnostic.Error(locations.Display(contentDirectory!), 0, "content has errors; nothing was imported"));
                }

                report.Content = await ContentWriter.ApplyAsync(db, content, cancellationToken);
            }

            report.Changed = report.Documents.Any(d => d.Change != DocumentChange.Unchanged) || report.Content?.Changed == true;
            report.Generation = await BumpGenerationAsync(db, report.Changed, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
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

        return report;
    }

    /// <summary>Checks the content folder against the imported original without writing anything.</summary>
    public async Task<(ContentCheckReport Report, IReadOnlyList<ImportDiagnostic> ReadErrors)> CheckContentAsync(string? contentDirectory, CancellationToken cancellationToken)
    {
        var diagnostics = new List<ImportDiagnostic>();
        var content = await new ContentReader(new ContentLocation(locations.ContentDirectory, locations.Display)).ReadAsync(contentDirectory, diagnostics, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (ContentChecker.Check(content, await SourceClausesAsync(db, cancellationToken), await OriginalLanguageAsync(db, cancellationToken), await SourceTitlesAsync(db, cancellationToken)), diagnostics);
    }

    private static async Task<List<SourceClause>> SourceClausesAsync(ArchiveDbContext db, CancellationToken cancellationToken) =>
        await db.Clauses.OrderBy(c => c.Resolution!.Number).ThenBy(c => c.Ordinal)
            .Select(c => new SourceClause(c.Resolution!.Number, c.Key, c.Text)).ToListAsync(cancellationToken);

    /// <summary>The language the imported originals are in (the first by code when they differ; "und", undetermined, before any import).</summary>
    private static async Task<string> OriginalLanguageAsync(ArchiveDbContext db, CancellationToken cancellationToken) =>
        await db.SourceDocuments.Select(d => d.Language).Distinct().OrderBy(l => l).FirstOrDefaultAsync(cancellationToken) ?? "und";

    private static async Task<Dictionary<int, string>> SourceTitlesAsync(ArchiveDbContext db, CancellationToken cancellationToken) =>
        await db.Resolutions.ToDictionaryAsync(r => r.Number, r => r.Title, cancellationToken);

    private static void CheckNumbersAcrossFiles(IReadOnlyList<SeedFile> seeds, ImportReport report)
    {
        var owner = new Dictionary<int, string>();
        foreach (var seed in seeds)
        {
            foreach (var r in seed.Parsed.Resolutions)
            {
                if (!owner.TryAdd(r.Number, seed.DisplayPath))
                {
                    report.Diagnostics.Add(ImportDiagnostic.Error(seed.DisplayPath, r.Line, string.Create(CultureInfo.InvariantCulture,
                        $"resolution {r.Number} is also in {owner[r.Number]}; import one collection at a time")));
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
