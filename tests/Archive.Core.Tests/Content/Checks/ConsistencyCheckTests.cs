using Archive.Core.Content.Checks;

namespace Archive.Core.Tests.Content.Checks;

/// <summary>The same original sentence translated twice, as in the closing sentences the congress repeats.</summary>
public class ConsistencyCheckTests
{
    private const string Repeated = "کنگره ١٢ حزب کمونیست کارگری از همه مردم میخواهد که به این کارزار بپیوندند.";

    [Fact]
    public void TheSameOriginalSentenceTranslatedOtherwiseIsReportedAtItsSecondPlace()
    {
        var first = ClauseUnderCheck.Of("en", "این جنایت است. " + Repeated, "This is a crime. The 12th Congress of the Worker-communist Party calls on all people to join this campaign.", 5, "p1");
        var second = ClauseUnderCheck.Of("en", "اعدام قتل عمد دولتی است. " + Repeated, "Execution is premeditated state murder. The 12th Congress of the Worker-communist Party asks everyone to join the campaign.", 9, "p2");
        var same = ClauseUnderCheck.Of("en", "سنگسار جنایت است. " + Repeated, "Stoning is a crime. The 12th Congress of the Worker-communist Party calls on all people to join this campaign.", 11, "p1");
        var found = ConsistencyCheck.Check([first, second, same]).ToList();
        var (clause, finding) = Assert.Single(found);
        Assert.Equal((9, "p2", "consistency"), (clause.Resolution, clause.ClauseId, finding.Check));
        Assert.Contains("resolution 5, clause 'p1'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LanguagesAreComparedOnlyWithThemselves()
    {
        var english = ClauseUnderCheck.Of("en", Repeated, "The 12th Congress calls on all people to join this campaign.", 5, "p1");
        var german = ClauseUnderCheck.Of("de", Repeated, "Der 12. Kongress ruft alle Menschen auf, sich dieser Kampagne anzuschließen.", 9, "p2");
        Assert.Empty(ConsistencyCheck.Check([english, german]));
    }
}
