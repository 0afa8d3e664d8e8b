using Archive.Core.Search;
using Archive.Core.Storage;
using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Search;

/// <summary>
/// A rebuild reads the archive's texts a chunk of resolutions at a time and lets each go once its documents are added:
/// the chunks, put end to end, are the texts of one read, in the same order (the order of the index's documents, and
/// with it the order of equal scores), and the generation is the database's.
/// </summary>
public sealed class IndexedTextSourceTests
{
    [Fact]
    public async Task TheRealSeedReadInChunksOfSevenResolutions_IsTheOneReadsTextsInItsOrder_FourChunksOfAtMostSevenResolutions()
    {
        await using var archive = await TestArchive.CreateAsync(withContent: true);
        archive.CopyRealSeed();
        Assert.True((await archive.Importer.ImportAsync(null, CancellationToken.None)).Succeeded);
        var contexts = archive.Services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>();
        var whole = new List<IndexedText>();
        var wholeGeneration = await new IndexedTextSource(contexts) { Chunk = 1000 }.ReadAllAsync(whole.AddRange, CancellationToken.None);

        var chunks = new List<IReadOnlyList<IndexedText>>();
        var generation = await new IndexedTextSource(contexts) { Chunk = 7 }.ReadAllAsync(chunks.Add, CancellationToken.None);

        Assert.Equal(4, chunks.Count);
        Assert.All(chunks, c => Assert.Equal(7, c.Count(t => t.Clause == TextRef.TitleId)));
        Assert.Equal(Describe(whole), Describe(chunks.SelectMany(c => c)));
        Assert.Equal(Enumerable.Range(1, 28), whole.Where(t => t.Clause == TextRef.TitleId).Select(t => t.Resolution));
        Assert.Contains(whole, t => t.Texts.Count > 1); // content/ gave translations to read with the originals
        Assert.Equal(await archive.Services.GetRequiredService<ArchiveDatabase>().GetGenerationAsync(CancellationToken.None), generation);
        Assert.Equal(wholeGeneration, generation);
    }

    private static List<string> Describe(IEnumerable<IndexedText> texts) =>
        [.. texts.Select(t => $"{t.Collection}/{t.Resolution}/{t.Clause}/{t.Kind}/{t.Label}/{t.ClauseCount}/{t.Tag}/{string.Join('|', t.Texts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value))}/{string.Join(',', t.Topics)}")];
}
