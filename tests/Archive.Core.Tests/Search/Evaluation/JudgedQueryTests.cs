using System.Text;
using Archive.Core.Search;
using Archive.Core.Search.Analysis;
using Archive.Evaluation;
using Xunit.Abstractions;

namespace Archive.Core.Tests.Search.Evaluation;

/// <summary>
/// Every judged query of the core set (<c>evaluation/judged-queries.tsv</c>), run through <see cref="ArchiveSearch"/> on the real seed and its
/// translations: each expected resolution must be among the first ten distinct resolutions, and the judged first
/// resolution must rank first (hit@1 and recall@10 of 1.00). A failure lists each missed query, what came back and
/// what the Persian analyzer made of it.
/// </summary>
public sealed class JudgedQueryTests(EvaluationArchive archive, ITestOutputHelper output) : IClassFixture<EvaluationArchive>
{
    private static readonly Lazy<IReadOnlyList<JudgedQuery>> Judged =
        new(() => JudgedQuerySet.Core.Load(RepositoryFiles.Root));

    [Fact]
    public void JudgedSet_HasEnoughQueriesPerLanguage()
    {
        Assert.True(Judged.Value.Count(q => q.Lang == "fa") >= 60);
        Assert.True(Judged.Value.Count(q => q.Lang == "en") >= 15);
    }

    [Theory]
    [InlineData("fa")]
    [InlineData("en")]
    [InlineData("all")]
    public void JudgedQueries_ArchiveSearch_FindsEveryExpectedResolution(string lang)
    {
        var outcomes = Judged.Value.Where(q => q.Lang == lang).Select(q => ArchiveSearchRunner.Run(archive.Search, q)).ToList();
        var summary = QualitySummary.Of(outcomes);
        output.WriteLine($"{lang}: {summary}");
        var failed = outcomes.Where(o => !o.Passed).ToList();
        var report = new StringBuilder();
        foreach (var outcome in failed)
        {
            report.AppendLine(outcome.Describe()).AppendLine("    " + Analysis(outcome.Judged));
        }

        Assert.True(failed.Count == 0, $"{lang}: {summary}\n{failed.Count} judged queries missed:\n{report}");
        Assert.Equal(1.0, summary.HitAt1);
        Assert.Equal(1.0, summary.RecallAt10);
    }

    /// <summary>The terms the query and index analyzers make of the query text, for the failure report.</summary>
    private string Analysis(JudgedQuery judged)
    {
        var language = judged.Lang == "en" ? "en" : "fa";
        var field = SearchFields.Text(language);
        string Terms(Lucene.Net.Analysis.Analyzer analyzer) => string.Join(" ", TokenStreams.Analyze(analyzer, field, judged.Query)
            .Select(t => t.PositionIncrement == 0 ? "+" + t.Term : t.Term));
        return $"{language} query analyzer: {Terms(archive.Analyzers.ForQuery(language))} | index analyzer: {Terms(archive.Analyzers.ForIndex(language))}";
    }
}
