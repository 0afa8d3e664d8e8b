using Archive.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Import;

/// <summary>Collections import side by side, each with its own numbering, and all together or not at all.</summary>
public class CollectionImportTests
{
    /// <summary>A second collection's seed (two resolutions), for the tests that want several collections.</summary>
    internal const string Plenum = "قطعنامه در مورد آزادی بیان\nآزادی بیان حق همه است.\nقرار در مورد اعتصاب\nپلنوم از اعتصاب حمایت میکند.\n";

    internal const string PlenumMetadata = "collection: plenum-test\ntitle: { en: Test plenum }\nlanguage: fa\nformat: plain-text\n";

    public static TheoryData<string> Providers => DatabaseProviders.All;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_ASecondCollectionInSeeds_ImportsBesideTheFirstWithItsOwnNumbers(string provider)
    {
        await using var archive = await TestArchive.CreateAsync(provider: provider);
        archive.CopyRealSeed("wpi-congress-12/resolutions.fa.txt");
        archive.WriteSeed("plenum/metadata.yml", PlenumMetadata);
        archive.WriteSeed("plenum/resolutions.fa.txt", Plenum);

        var report = await archive.Importer.ImportAsync([Path.Combine(archive.Root, "seeds")], CancellationToken.None);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var collections = await archive.Services.GetRequiredService<CollectionCatalog>().ListAsync(CancellationToken.None);
        Assert.Equal([("wpi-congress-12", 28), ("plenum-test", 2)], collections.Select(c => (c.Slug, c.Resolutions)));
        Assert.Equal("Test plenum", collections[1].Title);
        var catalog = archive.Services.GetRequiredService<ResolutionCatalog>();
        Assert.Equal("قرار در مورد اعتصاب", (await catalog.GetAsync("plenum-test", 2, CancellationToken.None))!.Heading);
        Assert.NotEqual("قرار در مورد اعتصاب", (await catalog.GetAsync("wpi-congress-12", 2, CancellationToken.None))!.Heading);
    }

    [Fact]
    public async Task Listings_PutTheFirstCollectionFirst_EvenWhenAnotherWasImportedBeforeIt()
    {
        await using var archive = await TestArchive.CreateAsync();
        archive.CopyRealSeed("wpi-congress-12/resolutions.fa.txt");
        archive.WriteSeed("plenum/metadata.yml", PlenumMetadata);
        archive.WriteSeed("plenum/resolutions.fa.txt", Plenum);
        var report = await archive.Importer.ImportAsync([Path.Combine(archive.Root, "seeds")], CancellationToken.None);
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        await using (var db = await archive.OpenAsync())
        {
            Assert.Equal("plenum-test", await db.Collections.OrderBy(c => c.Id).Select(c => c.Slug).FirstAsync());
        }

        var resolutions = await archive.Services.GetRequiredService<ResolutionCatalog>().ListAsync(CancellationToken.None);
        var coverage = await archive.Services.GetRequiredService<TranslationCoverage>().ListAsync(CancellationToken.None);

        Assert.Equal([.. Enumerable.Repeat("wpi-congress-12", 28), "plenum-test", "plenum-test"], resolutions.Select(r => r.Collection));
        Assert.Equal([.. Enumerable.Range(1, 28), 1, 2], resolutions.Select(r => r.Number));
        Assert.Equal(resolutions.Select(r => (r.Collection, r.Number)), coverage.Select(c => (c.Collection, c.Number)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_ABadCollectionBesideAGoodOne_WritesNeitherAndNamesTheFile(string provider)
    {
        await using var archive = await TestArchive.CreateAsync(provider: provider);
        archive.CopyRealSeed("wpi-congress-12/resolutions.fa.txt");
        archive.WriteSeed("english/metadata.yml", "collection: english-test\nlanguage: en\nformat: markdown\n");
        archive.WriteSeed("english/01.md", "---\nresolution: 1\n---\n# Resolution on strikes\n{#p1}\nText.\n");
        archive.WriteSeed("english/02.md", "---\nresolution: 2\n---\n# Resolution on prisons\nloose text\n");

        var report = await archive.Importer.ImportAsync([Path.Combine(archive.Root, "seeds")], CancellationToken.None);

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal(("seeds/english/02.md", 5), (error.File, error.Line));
        Assert.Equal("translations=0", await archive.SnapshotAsync());
    }

    [Theory]
    [InlineData("collection: api\n", "is not a usable slug")]
    [InlineData("collection: Not A Slug\n", "is not a usable slug")]
    [InlineData("format: docx\n", "format 'docx' is not one of plain-text, markdown")]
    [InlineData("direction: up\n", "direction 'up' is not rtl or ltr")]
    public async Task Import_ACollectionWithBadMetadata_FailsNamingTheMetadataFile(string metadata, string message)
    {
        await using var archive = await TestArchive.CreateAsync();
        archive.WriteSeed("bad/metadata.yml", metadata);
        archive.WriteSeed("bad/resolutions.fa.txt", Plenum);

        var report = await archive.Importer.ImportAsync([Path.Combine(archive.Root, "seeds")], CancellationToken.None);

        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal("seeds/bad/metadata.yml", error.File);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        await using var db = await archive.OpenAsync();
        Assert.Equal(0, await db.Collections.CountAsync());
    }
}
