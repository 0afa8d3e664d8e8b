using Archive.Core.Content;
using Archive.Core.Content.Checks;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Tests.Content.Checks;

/// <summary>A block accepts one warning by check and subject, or all of a check's; errors are never accepted.</summary>
public class ClauseChecksTests
{
    private static readonly GlossaryEntry[] Glossary =
    [
        new() { Fa = "اعدام", Terms = new(StringComparer.Ordinal) { ["en"] = "execution" } },
        new() { Fa = "پناهجو", Terms = new(StringComparer.Ordinal) { ["en"] = "asylum seeker" } },
    ];

    private const string Original = "اعتراض جهانی به حکم اعدام پناهجو";

    [Theory]
    [InlineData("glossary:اعدام", "اعدام:True پناهجو:False")]
    [InlineData("glossary", "اعدام:True پناهجو:True")]
    [InlineData("glossary:پناهجو,numbers", "اعدام:False پناهجو:True")]
    [InlineData("names", "اعدام:False پناهجو:False")]
    public void ABlockAcceptsTheWarningsItNames(string accept, string expected)
    {
        var clause = ClauseUnderCheck.Of("en", Original, "the worldwide protest against the death sentence of a refugee");
        var block = new TranslationBlock("p1", clause.Markdown, 10) { Accepted = accept.Split(','), Note = "checked" };
        var checks = new ClauseChecks(Glossary, [], PersianRules.Instance.Code, new HashSet<string>(StringComparer.Ordinal), new Dictionary<string, LengthBand>(StringComparer.Ordinal));
        var result = Assert.Single(checks.Run([(clause, block, "draft")]));
        var glossary = result.Findings.Where(f => f.Finding.Check == "glossary").OrderBy(f => f.Finding.Subject, StringComparer.Ordinal);
        Assert.Equal(expected, string.Join(' ', glossary.Select(f => $"{f.Finding.Subject}:{f.Accepted}")));
    }

    [Fact]
    public void AnErrorIsNeverAccepted()
    {
        var clause = ClauseUnderCheck.Of("en", Original, "# the worldwide protest against the execution of an asylum seeker");
        var block = new TranslationBlock("p1", clause.Markdown, 10) { Accepted = ["markdown"], Note = "checked" };
        var checks = new ClauseChecks(Glossary, [], PersianRules.Instance.Code, new HashSet<string>(StringComparer.Ordinal), new Dictionary<string, LengthBand>(StringComparer.Ordinal));
        var finding = Assert.Single(Assert.Single(checks.Run([(clause, block, "draft")])).Findings);
        Assert.Equal(("markdown", true, false), (finding.Finding.Check, finding.Finding.IsError, finding.Accepted));
    }
}
