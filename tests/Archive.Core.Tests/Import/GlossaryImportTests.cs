using Archive.Core.Catalog;
using Archive.Core.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Import;

/// <summary>The glossary comes from content/glossary.yml into the database with the rest of content/, and the catalog reads it there.</summary>
public class GlossaryImportTests
{
    public static TheoryData<string> Providers => DatabaseProviders.All;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_StoresTheGlossaryInTheFilesOrder_AndASecondImportChangesNothing(string provider)
    {
        await using var archive = await TestArchive.CreateAsync(withContent: true, provider: provider);
        var seed = archive.CopyRealSeed();
        var content = Path.Combine(archive.Root, "content");
        var first = await archive.Importer.ImportAsync([seed], content, CancellationToken.None);
        Assert.DoesNotContain(first.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

        var glossary = await archive.Services.GetRequiredService<ResolutionCatalog>().GlossaryAsync(CancellationToken.None);
        Assert.Equal(38, glossary.Count);
        Assert.Equal("حزب کمونیست کارگری", glossary[0].Original);
        Assert.Equal("the Worker-communist Party", glossary[0].Renderings["en"]);
        Assert.Equal("die Arbeiterkommunistische Partei", glossary[0].Renderings["de"]);
        Assert.Contains(glossary, t => t.Original == "قطعنامه" && t.Note!.StartsWith("a formal resolution", StringComparison.Ordinal));

        var second = await archive.Importer.ImportAsync([seed], content, CancellationToken.None);
        Assert.False(second.Changed, "a second import of the same content reports a change");
    }

    [Fact]
    public async Task Import_AnEditedGlossary_ReplacesTheRenderingAndDropsTheRemovedTerm()
    {
        await using var archive = await TestArchive.CreateAsync(withContent: true);
        var seed = archive.CopyRealSeed();
        var content = Path.Combine(archive.Root, "content");
        await archive.Importer.ImportAsync([seed], content, CancellationToken.None);
        var file = Path.Combine(content, "glossary.yml");
        var text = await File.ReadAllTextAsync(file);
        text = text.Replace("en: the Worker-communist Party", "en: the Worker-Communist Party", StringComparison.Ordinal)
            .Replace("- fa: سرنگونی طلبی\n  terms: { en: the call for overthrow, de: die Forderung nach dem Sturz }\n", "", StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, text);

        var report = await archive.Importer.ImportAsync([seed], content, CancellationToken.None);

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(report.Changed);
        var glossary = await archive.Services.GetRequiredService<ResolutionCatalog>().GlossaryAsync(CancellationToken.None);
        Assert.Equal(37, glossary.Count);
        Assert.Equal("the Worker-Communist Party", glossary[0].Renderings["en"]);
        Assert.DoesNotContain(glossary, t => t.Original == "سرنگونی طلبی");
    }

    [Fact]
    public async Task Import_AGlossaryEntryWithoutItsOriginal_FailsNamingTheEntry_AndWritesNothing()
    {
        await using var archive = await TestArchive.CreateAsync(withContent: true);
        var seed = archive.CopyRealSeed();
        var content = Path.Combine(archive.Root, "content");
        var file = Path.Combine(content, "glossary.yml");
        await File.AppendAllTextAsync(file, "- terms: { en: orphan, de: Waise }\n");

        var report = await archive.Importer.ImportAsync([seed], content, CancellationToken.None);

        var error = Assert.Single(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("glossary.yml", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("glossary entry 39 has no term in the original's language", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(await archive.Services.GetRequiredService<ResolutionCatalog>().ListAsync(CancellationToken.None));
    }
}
