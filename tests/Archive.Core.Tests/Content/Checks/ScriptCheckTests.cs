using Archive.Core.Content.Checks;
using Archive.Core.Import;

namespace Archive.Core.Tests.Content.Checks;

/// <summary>Untranslated and mixed-script text, on clauses of resolutions 3 and 9.</summary>
public class ScriptCheckTests
{
    private static readonly ScriptCheck Check = new(new HashSet<string>(["fa"], StringComparer.Ordinal));

    [Theory]
    [InlineData("خامنه ای، رئیسی و دیگر سران جمهوری اسلامی", "Khamenei, Raisi and the other leaders of the Islamic Republic", "", DiagnosticSeverity.Warning)]
    [InlineData("خامنه ای، رئیسی و دیگر سران جمهوری اسلامی", "خامنه ای، رئیسی و دیگر سران جمهوری اسلامی", "left in Persian", DiagnosticSeverity.Error)]
    [InlineData("خامنه ای، رئیسی و دیگر سران جمهوری اسلامی", "Khamenei, Raisi and the other سران of the Islamic Republic", "'سران'", DiagnosticSeverity.Warning)]
    [InlineData("کمپین برای آزادی کارگران زندانی (Free Them Now) را ارج می نهد", "values the campaign for the freedom of imprisoned workers (Free Them Now)", "", DiagnosticSeverity.Warning)]
    [InlineData("کمپین برای آزادی کارگران زندانی (Free Them Now) را ارج می نهد", "values the campaign for the freedom of imprisoned workers", "Free, Them, Now", DiagnosticSeverity.Warning)]
    public void ATranslationIsInItsOwnScript(string original, string translation, string expected, DiagnosticSeverity severity)
    {
        var found = Check.Check(ClauseUnderCheck.Of("en", original, translation)).ToList();
        CheckAssert.Reports(found, "script", expected, severity);
    }

    [Fact]
    public void ARightToLeftTranslationMayKeepTheOriginalsLatinWordsButNoOthers()
    {
        const string original = "کمپین برای آزادی کارگران زندانی (Free Them Now)";
        Assert.Empty(Check.Check(ClauseUnderCheck.Of("fa", original, "کمپین (Free Them Now)")));
        CheckAssert.Reports([.. Check.Check(ClauseUnderCheck.Of("fa", original, "کمپین (Free Them Now) campaign"))], "script", "'campaign'");
    }
}
