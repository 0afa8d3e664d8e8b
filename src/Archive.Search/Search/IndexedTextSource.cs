using System.Globalization;
using Archive.Core.Search.Expansion;
using Archive.Core.Storage;
using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Search;

/// <summary>Reads what the index holds from the database, the source of truth: titles and clauses with all their translations.</summary>
public sealed class IndexedTextSource(IDbContextFactory<ArchiveDbContext> contexts, SearchVocabulary? vocabulary = null)
{
    /// <summary>Resolutions read per query: what a rebuild holds at a time, and the size of the IN list when only some are asked for.</summary>
    internal int Chunk { get; init; } = 500;

    /// <summary>The fewest resolutions a part of a rebuild on several threads is given (fewer parts below it): a small archive is indexed on one thread.</summary>
    internal int PartMinimum { get; init; } = 2_000;

    /// <summary>What stamps the documents made of these texts with the concepts they name (<see cref="SearchDocuments"/>); null without a vocabulary.</summary>
    public ConceptStamper? Stamper => vocabulary?.Stamper;

    /// <summary>What the concept stamps of the index are made with (<see cref="ConceptStamper.Fingerprint"/>); "none" without a vocabulary.</summary>
    public string ConceptStamp => vocabulary?.Stamper.Fingerprint ?? "none";

    /// <summary>Every resolution's texts in one list, and the generation they are of (for tests and the benchmark: a rebuild reads them with <see cref="ReadAllAsync"/>).</summary>
    public Task<(IReadOnlyList<IndexedText> Texts, long Generation)> LoadAsync(CancellationToken cancellationToken) =>
        LoadAsync(null, cancellationToken);

    /// <summary>The texts of the resolutions with these row ids (all when null), and the generation they are of.</summary>
    public async Task<(IReadOnlyList<IndexedText> Texts, long Generation)> LoadAsync(IReadOnlyCollection<int>? resolutionIds, CancellationToken cancellationToken)
    {
        var texts = new List<IndexedText>();
        if (resolutionIds is null)
        {
            return (texts, await ReadAllAsync(texts.AddRange, cancellationToken));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // One snapshot for every statement below (see ReadSnapshot).
        await using var transaction = await ReadSnapshot.BeginAsync(db, cancellationToken);
        var generation = await GenerationAsync(db, cancellationToken);
        foreach (var chunk in resolutionIds.Order().Chunk(Chunk))
        {
            texts.AddRange(await ReadChunkAsync(db, chunk, cancellationToken));
        }

        return (texts, generation);
    }

    /// <summary>
    /// Reads every resolution's texts, <see cref="Chunk"/> resolutions at a time, all in one snapshot (so the generation
    /// returned is the one they are of), and hands each chunk to <paramref name="add"/>, in the order of collection and
    /// number (the order of the index's documents), keeping none of them: memory holds one chunk, not the archive.
    /// </summary>
    public Task<long> ReadAllAsync(Action<IReadOnlyList<IndexedText>> add, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(add);
        return ReadAllAsync(1, (_, texts) =>
        {
            add(texts);
            return ValueTask.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>
    /// As <see cref="ReadAllAsync(Action{IReadOnlyList{IndexedText}}, CancellationToken)"/>, for a rebuild on several
    /// threads: the resolutions, in the order of collection and number, are cut into at most <paramref name="parts"/>
    /// runs of consecutive resolutions (fewer when there are fewer than <see cref="PartMinimum"/> resolutions a part), and
    /// each chunk is handed to <paramref name="add"/> with the number of its run, the runs' chunks taken in turn (the
    /// first chunk of each run, then the second of each, …) so that every part has work from the start. Each run's
    /// chunks come in their order.
    /// </summary>
    public async Task<long> ReadAllAsync(int parts, Func<int, IReadOnlyList<IndexedText>, ValueTask> add, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(add);
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await ReadSnapshot.BeginAsync(db, cancellationToken);
        var generation = await GenerationAsync(db, cancellationToken);
        var ids = await db.Resolutions.OrderBy(r => r.CollectionId).ThenBy(r => r.Number).Select(r => r.Id).ToListAsync(cancellationToken);
        var runs = Runs(ids, Math.Clamp(ids.Count / PartMinimum, 1, parts));
        for (var round = 0; runs.Any(run => round < run.Length); round++)
        {
            for (var part = 0; part < runs.Count; part++)
            {
                if (round < runs[part].Length)
                {
                    await add(part, await ReadChunkAsync(db, runs[part][round], cancellationToken));
                }
            }
        }

        return generation;
    }

    /// <summary><paramref name="ids"/> cut into <paramref name="count"/> runs of consecutive ids, as even as can be, each cut into chunks.</summary>
    private List<int[][]> Runs(List<int> ids, int count)
    {
        var runs = new List<int[][]>(count);
        for (var part = 0; part < count; part++)
        {
            var (start, end) = (ids.Count * part / count, ids.Count * (part + 1) / count);
            runs.Add([.. ids.GetRange(start, end - start).Chunk(Chunk)]);
        }

        return runs;
    }

    /// <summary>Every resolution's key and tag, the languages with text and the generation, in one snapshot: one row per resolution, no text.</summary>
    public async Task<IndexedState> LoadStateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await ReadSnapshot.BeginAsync(db, cancellationToken);
        var generation = await GenerationAsync(db, cancellationToken);
        var rows = await db.Resolutions.AsNoTracking().Select(r => new { r.Id, r.Collection!.Slug, r.Number, r.ContentTag }).ToListAsync(cancellationToken);
        var originals = await db.Collections.Where(c => c.Resolutions.Any()).Select(c => c.Language).Distinct().ToListAsync(cancellationToken);
        var translated = await db.ClauseTranslations.Select(t => t.Language).Distinct()
            .Union(db.ResolutionTranslations.Select(t => t.Language).Distinct()).ToListAsync(cancellationToken);
        var languages = originals.Concat(translated).Distinct(StringComparer.Ordinal)
            .OrderBy(l => originals.Contains(l, StringComparer.Ordinal) ? 0 : 1).ThenBy(l => l, StringComparer.Ordinal).ToList();
        var resolutions = rows.Select(r => new IndexedResolution(r.Id, IndexedResolution.KeyOf(r.Slug, r.Number), IndexedResolution.TagOf(r.Id, r.ContentTag))).ToList();
        return new IndexedState(resolutions, languages, generation);
    }

    /// <summary>The texts of the resolutions with these row ids, in the order of collection and number.</summary>
    private static async Task<List<IndexedText>> ReadChunkAsync(ArchiveDbContext db, int[] ids, CancellationToken cancellationToken)
    {
        var resolutions = await db.Resolutions.AsNoTracking()
            .Include(r => r.Collection).Include(r => r.Topics).Include(r => r.Translations)
            .Include(r => r.Clauses).ThenInclude(c => c.Translations)
            .Where(r => ids.Contains(r.Id))
            .OrderBy(r => r.CollectionId).ThenBy(r => r.Number).ToListAsync(cancellationToken);
        var texts = new List<IndexedText>();
        foreach (var r in resolutions)
        {
            Add(r, texts);
        }

        return texts;
    }

    private static async Task<long> GenerationAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        var value = await db.State.Where(s => s.Key == ArchiveStateEntry.GenerationKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        return value is null ? 0 : long.Parse(value, CultureInfo.InvariantCulture);
    }

    private static void Add(Resolution r, List<IndexedText> texts)
    {
        var topics = r.Topics.Select(t => t.Slug).ToList();
        var original = r.Collection!.Language;
        var collection = r.Collection.Slug;
        var titles = r.Translations.ToDictionary(t => t.Language, t => t.Title, StringComparer.Ordinal);
        titles[original] = r.Heading;
        texts.Add(new IndexedText(r.Number, TextRef.TitleId, "title", string.Empty, topics, titles, original)
        {
            Collection = collection,
            Tag = IndexedResolution.TagOf(r.Id, r.ContentTag),
            ClauseCount = r.Clauses.Count,
        });
        foreach (var c in r.Clauses.OrderBy(c => c.Ordinal))
        {
            var byLanguage = c.Translations.ToDictionary(t => t.Language, t => t.PlainText, StringComparer.Ordinal);
            byLanguage[original] = c.Text;
            texts.Add(new IndexedText(r.Number, c.Key, TextKinds.Name(c.Kind), c.Label, topics, byLanguage, original) { Collection = collection, ClauseCount = r.Clauses.Count });
        }
    }
}
