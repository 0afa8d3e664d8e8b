using Archive.Core.Search;
using Archive.Evaluation;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Archive.Core.Tests.Search.Evaluation;

/// <summary>
/// The cross-language set: each query language's queries run on an archive without that language's translations of
/// the resolutions they expect, so only the Persian original (and the other translation) can answer, through the vocabulary.
/// </summary>
public sealed class CrossLanguageQueryTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public async Task CrossLanguageQueries_FindPersianOnlyClauses_AtLeastAtTheSetsFloor(string lang)
    {
        var set = JudgedQuerySet.CrossLanguage;
        var judged = set.Load(RepositoryFiles.Root).Where(q => q.Lang == lang).ToList();
        await using var archive = await TestArchive.CreateAsync(withContent: true);
        foreach (var number in judged.SelectMany(q => q.Expected).Distinct())
        {
            var translation = Path.Combine(archive.Root, "content", "translations", lang, "wpi-congress-12", $"{number:00}.md");
            Assert.True(File.Exists(translation), $"no translation to remove at {translation}");
            File.Delete(translation);
        }

        var report = await archive.Importer.ImportAsync([archive.CopyRealSeed()], CancellationToken.None);
        Assert.True(report.Succeeded, string.Join("; ", report.Diagnostics));
        await archive.Services.GetRequiredService<SearchIndex>().RebuildAsync(CancellationToken.None);
        var search = archive.Services.GetRequiredService<ArchiveSearch>();
        Assert.NotEmpty(judged);
        ReaderQueryAssert.AtFloor(set, lang, [.. judged.Select(q => ArchiveSearchRunner.Run(search, q))], output);
    }
}
