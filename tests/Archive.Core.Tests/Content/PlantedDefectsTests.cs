using Archive.Core.Content;
using Archive.Tests;

namespace Archive.Core.Tests.Content;

/// <summary>
/// The reviewer's test of issue 18 on a copy of the real content: the real translations pass with no error and no open
/// warning, also against a vocabulary of named people; with five defects planted, each is reported at its file and clause.
/// </summary>
public class PlantedDefectsTests
{
    [Fact]
    public async Task TheRealContentHasNoErrorAndNoOpenWarningWithTheVocabularyToo()
    {
        await using var archive = await TestArchive.CreateAsync(withContent: true);
        await archive.Importer.ImportAsync([archive.CopyRealSeed()], null, CancellationToken.None);
        var content = Path.Combine(archive.Root, "content");
        File.Delete(Path.Combine(content, "vocabulary.yml"));
        var (before, _) = await archive.Importer.CheckContentAsync(content, CancellationToken.None);
        Assert.False(before.VocabularyRead);
        Assert.Empty(before.Diagnostics);
        PlantedDefects.WriteVocabulary(content);
        var (report, readErrors) = await archive.Importer.CheckContentAsync(content, CancellationToken.None);
        Assert.True(report.VocabularyRead);
        Assert.Empty(readErrors);
        Assert.True(report.Diagnostics.Count == 0, string.Join('\n', report.Diagnostics));
        Assert.Equal(178, report.Clauses.Count);
        Assert.All(report.Clauses.SelectMany(c => c.Findings), f => Assert.True(f.Accepted, f.ToDiagnostic().ToString()));
    }

    [Fact]
    public async Task EachPlantedDefectIsReportedWithItsFileAndClause()
    {
        await using var archive = await TestArchive.CreateAsync(withContent: true);
        await archive.Importer.ImportAsync([archive.CopyRealSeed()], null, CancellationToken.None);
        var content = Path.Combine(archive.Root, "content");
        var planted = PlantedDefects.Plant(content, RepositoryFiles.SeedPath);
        var (report, _) = await archive.Importer.CheckContentAsync(content, CancellationToken.None);
        foreach (var (file, clause, check) in planted)
        {
            Assert.True(
                report.Clauses.Any(c => c.File == file && c.ClauseId == clause && c.Open.Any(f => f.Finding.Check == check)),
                $"{file} clause '{clause}': no {check} finding. Found:\n{string.Join('\n', report.Diagnostics)}");
            Assert.Contains(report.Diagnostics, d => d.File == file && d.Message.StartsWith($"clause '{clause}' [{check}]", StringComparison.Ordinal));
        }

        Assert.True(report.HasErrors, "a clause left in Persian is an error");
        var unplanted = report.Diagnostics.Where(d => !planted.Any(p => p.File == d.File)).ToList();
        Assert.True(unplanted.Count == 0, "found where nothing was planted:\n" + string.Join('\n', unplanted));
    }

    [Fact]
    public async Task ATitleThatLosesTheDistinctionOfDecisionAndResolutionIsReported()
    {
        await using var archive = await TestArchive.CreateAsync(withContent: true);
        await archive.Importer.ImportAsync([archive.CopyRealSeed()], null, CancellationToken.None);
        var content = Path.Combine(archive.Root, "content");
        var file = Path.Combine(content, "translations", "de", "wpi-congress-12", "02.md");
        var text = await File.ReadAllTextAsync(file);
        await File.WriteAllTextAsync(file, text.Replace("title: \"Beschluss über", "title: \"Resolution über", StringComparison.Ordinal));
        var (report, _) = await archive.Importer.CheckContentAsync(content, CancellationToken.None);
        var warning = Assert.Single(report.Diagnostics);
        Assert.Equal(("content/translations/de/wpi-congress-12/02.md", 1, false), (warning.File, warning.Line, warning.IsError));
        Assert.StartsWith("title [glossary]: the original has the glossary term قرار", warning.Message, StringComparison.Ordinal);
    }
}
