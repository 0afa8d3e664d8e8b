using Archive.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Catalog;

/// <summary>Coverage and status of the translations per resolution, from the database: what the status page shows.</summary>
public sealed class TranslationCoverage(IDbContextFactory<ArchiveDbContext> contexts)
{
    public async Task<IReadOnlyList<ResolutionCoverage>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var resolutions = await db.Resolutions.AsNoTracking()
            .OrderBy(r => r.Number)
            .Select(r => new
            {
                r.Number,
                r.SourceDocument!.Path,
                r.SourceDocument.Language,
                r.Title,
                Titles = r.Translations.Select(t => new { t.Language, t.Title }).ToList(),
                Clauses = r.Clauses.Count,
            })
            .ToListAsync(cancellationToken);
        var counts = await db.ClauseTranslations.AsNoTracking()
            .GroupBy(t => new { t.Clause!.Resolution!.Number, t.Language, t.Status })
            .Select(g => new { g.Key.Number, g.Key.Language, g.Key.Status, Clauses = g.Count() })
            .ToListAsync(cancellationToken);
        var byResolution = counts.ToLookup(c => c.Number);
        return [.. resolutions.Select(r => new ResolutionCoverage(
            r.Number,
            Collection(r.Path),
            r.Title,
            r.Titles.ToDictionary(t => t.Language, t => t.Title, StringComparer.Ordinal),
            r.Clauses,
            [.. byResolution[r.Number].OrderBy(c => c.Language, StringComparer.Ordinal).ThenBy(c => c.Status)
                .Select(c => new StatusCount(c.Language, ResolutionCatalog.StatusName(c.Status), c.Clauses))],
            r.Language))];
    }

    /// <summary>The collection a seed file belongs to: its folder's name ("seeds/wpi-congress-12/resolutions.fa.txt" → wpi-congress-12).</summary>
    public static string Collection(string seedPath)
    {
        ArgumentNullException.ThrowIfNull(seedPath);
        var folder = Path.GetFileName(Path.GetDirectoryName(seedPath.Replace('\\', '/')) ?? string.Empty);
        return string.IsNullOrEmpty(folder) ? seedPath : folder;
    }
}
