using Archive.Evaluation;
using Xunit.Abstractions;

namespace Archive.Core.Tests.Search.Evaluation;

/// <summary>Prints a reader set's scores and misses, and asserts the set's floor.</summary>
internal static class ReaderQueryAssert
{
    public static void AtFloor(JudgedQuerySet set, string lang, IReadOnlyList<QueryOutcome> outcomes, ITestOutputHelper output)
    {
        var summary = QualitySummary.Of(outcomes);
        output.WriteLine($"{set.Name} [{lang}]: {summary}");
        foreach (var missed in outcomes.Where(o => !o.Passed))
        {
            output.WriteLine("  " + missed.Describe());
        }

        var (hit, recall) = ReaderQueryFloors.Of(set, lang);
        Assert.True(summary.HitAt1 >= hit, $"{set.Name} [{lang}]: hit@1 {summary.HitAt1:0.00} is below its floor {hit:0.00}");
        Assert.True(summary.RecallAt10 >= recall, $"{set.Name} [{lang}]: recall@10 {summary.RecallAt10:0.00} is below its floor {recall:0.00}");
    }
}
