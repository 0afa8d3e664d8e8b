using System.Text.Json;
using Archive.Core.Exports;
using Archive.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Exports;

/// <summary>
/// The downloads streamed from a read snapshot a chunk of resolutions at a time are the bytes the whole bundle in
/// memory gives (JSON as the serializer writes the bundle, CSV and the Akoma Ntoso zip as their writers write it whole),
/// whatever the chunk size; a restore of the streamed JSON gives the archive back; and a snapshot writes the archive as
/// it was when it was opened, an import committed meanwhile or not.
/// </summary>
public class BundleSnapshotTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly Uri Site = new("https://archive.example/");

    public static TheoryData<string> Providers => DatabaseProviders.All;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TheStreamedJsonCsvAndZip_AreTheBytesOfTheWholeBundle_OnTheRealSeedWithItsTranslations(string provider)
    {
        await using var archive = await TestArchive.CreateAsync(withContent: true, provider: provider);
        await ImportAsync(archive, archive.CopyRealSeed());

        var bundle = await Exporter(archive, chunkSize: 500).ExportAsync(Site, CancellationToken.None);
        Assert.Equal(28, bundle.Collections.Single().Resolutions.Count);
        Assert.Equal(89 * 2, bundle.Collections.Single().Resolutions.Sum(r => r.Clauses.Sum(c => c.Translations.Count)));

        await AssertStreamedAsWholeAsync(archive, bundle, chunkSize: 5);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(500)]
    public async Task TheStreamedJsonCsvAndZip_AreTheBytesOfTheWholeBundle_OnAnArchiveOfSeveralCollections(int chunkSize)
    {
        await using var archive = await TestArchive.CreateAsync(withContent: true);
        archive.CopyRealSeed("wpi-congress-12/resolutions.fa.txt");
        archive.WriteSeed("plenum/metadata.yml", Import.CollectionImportTests.PlenumMetadata);
        archive.WriteSeed("plenum/resolutions.fa.txt", Import.CollectionImportTests.Plenum);
        await ImportAsync(archive, Path.Combine(archive.Root, "seeds"));

        var bundle = await Exporter(archive, chunkSize: 500).ExportAsync(Site, CancellationToken.None);
        Assert.Equal([("plenum-test", 2), ("wpi-congress-12", 28)], bundle.Collections.Select(c => (c.Slug, c.Resolutions.Count)).Order());

        await AssertStreamedAsWholeAsync(archive, bundle, chunkSize);
    }

    [Fact]
    public async Task TheStreamedJson_RestoredIntoAnEmptyArchive_IsStreamedBackByteForByte()
    {
        await using var archive = await TestArchive.CreateAsync(withContent: true);
        await ImportAsync(archive, archive.CopyRealSeed());
        var file = Path.Combine(archive.Root, "archive.json");
        var written = await WriteJsonFileAsync(archive, file);

        await using var restored = await TestArchive.CreateAsync();
        var restorer = restored.Services.GetRequiredService<BundleRestorer>();
        await restorer.RestoreAsync(await restorer.ReadAsync(file, CancellationToken.None), file, CancellationToken.None);

        Assert.Equal(written, await StreamAsync(restored, 7, (parts, s, ct) => BundleJsonWriter.WriteAsync(parts, s, ct)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ASnapshotOpenedBeforeAnImport_WritesTheArchiveAsItWas_AndNamesItsGeneration(string provider)
    {
        await using var archive = await TestArchive.CreateAsync(withContent: true, provider: provider, onDisk: true);
        var seed = archive.CopyRealSeed();
        await ImportAsync(archive, seed);
        var before = await StreamAsync(archive, 3, (parts, s, ct) => ClauseCsv.WriteAsync(parts, s, ct));

        await using var snapshot = await Exporter(archive, chunkSize: 3).OpenAsync(Site, CancellationToken.None);
        await File.WriteAllTextAsync(seed, (await File.ReadAllTextAsync(seed)).Replace("نظیر خصوصی سازی", "نظیر خصوصی سازی زنبورستانی", StringComparison.Ordinal));
        await ImportAsync(archive, seed);
        Assert.Equal(snapshot.Generation + 1, await archive.Services.GetRequiredService<ArchiveDatabase>().GetGenerationAsync(CancellationToken.None));

        using var during = new MemoryStream();
        await ClauseCsv.WriteAsync(snapshot, during, CancellationToken.None);
        Assert.Equal(before, during.ToArray());
        Assert.Contains("زنبورستانی", System.Text.Encoding.UTF8.GetString(await StreamAsync(archive, 3, (parts, s, ct) => ClauseCsv.WriteAsync(parts, s, ct))), StringComparison.Ordinal);
    }

    private static async Task AssertStreamedAsWholeAsync(TestArchive archive, ArchiveBundle bundle, int chunkSize)
    {
        var whole = new LoadedBundle(bundle);
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(bundle, BundleJson.Options), await StreamAsync(archive, chunkSize, (parts, s, ct) => BundleJsonWriter.WriteAsync(parts, s, ct)));
        Assert.Equal(await WriteAsync(whole, ClauseCsv.WriteAsync), await StreamAsync(archive, chunkSize, ClauseCsv.WriteAsync));
        Assert.Equal(await WriteAsync(whole, AkomaNtosoZip.WriteAsync), await StreamAsync(archive, chunkSize, AkomaNtosoZip.WriteAsync));
    }

    private static async Task<byte[]> WriteJsonFileAsync(TestArchive archive, string file)
    {
        await using var snapshot = await Exporter(archive, chunkSize: 4).OpenAsync(Site, CancellationToken.None);
        await ExportWriters.WriteAsync("json", snapshot, file, CancellationToken.None);
        return await File.ReadAllBytesAsync(file);
    }

    private static async Task<byte[]> StreamAsync(TestArchive archive, int chunkSize, Func<IBundleParts, Stream, CancellationToken, Task> write)
    {
        await using var snapshot = await Exporter(archive, chunkSize).OpenAsync(Site, CancellationToken.None);
        Assert.Empty(snapshot.Outline.Collections.SelectMany(c => c.Resolutions));
        return await WriteAsync(snapshot, write);
    }

    private static async Task<byte[]> WriteAsync(IBundleParts parts, Func<IBundleParts, Stream, CancellationToken, Task> write)
    {
        using var stream = new MemoryStream();
        await write(parts, stream, CancellationToken.None);
        return stream.ToArray();
    }

    private static BundleExporter Exporter(TestArchive archive, int chunkSize) =>
        new(archive.Services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>(), new FixedClock(At)) { ChunkSize = chunkSize };

    private static async Task ImportAsync(TestArchive archive, string path)
    {
        var report = await archive.Importer.ImportAsync([path], CancellationToken.None);
        Assert.True(report.Succeeded && report.Changed, string.Join('\n', report.Diagnostics));
    }

    private sealed class FixedClock(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at;
    }
}
