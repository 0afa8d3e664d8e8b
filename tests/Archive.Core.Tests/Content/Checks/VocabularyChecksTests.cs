using Archive.Core.Content;
using Archive.Core.Content.Checks;
using Archive.Core.Import;

namespace Archive.Core.Tests.Content.Checks;

public sealed class VocabularyChecksTests
{
    private static readonly HashSet<string> Languages = ["fa", "en", "de"];

    [Fact]
    public void TheRealVocabulary_HasNoUnknownLanguageNoSharedLabelAndEveryConceptInEnglishAndGerman()
    {
        var diagnostics = new List<ImportDiagnostic>();
        var concepts = VocabularyReader.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.ContentDirectory, "vocabulary.yml")), VocabularyChecks.File, diagnostics);
        Assert.True(concepts.Count >= 300, $"{concepts.Count} concepts");
        VocabularyChecks.Check(concepts, Languages, diagnostics);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void AVocabularyWithEachDefect_IsReportedOnceForEach_WithItsLine()
    {
        const string yaml = """
            - id: strike
              kind: term
              fa: { pref: اعتصاب }
              en: { pref: strike, alt: [walkout] }
              de: { pref: Streik }
            - id: walkout
              kind: term
              en: { pref: Walkout }
              de: { pref: Arbeitsniederlegung }
              xx: { pref: greve }
            - id: teachers
              kind: subject
              en: { pref: teachers }
            """;
        var diagnostics = new List<ImportDiagnostic>();
        VocabularyChecks.Check(VocabularyReader.Parse(yaml, VocabularyChecks.File, diagnostics), Languages, diagnostics);
        var messages = diagnostics.Select(d => $"{d.Line}: {d.Message}").ToList();
        Assert.Equal(
            [
                "6: concept 'walkout': the en label 'Walkout' is also a label of 'strike'",
                "6: concept 'walkout': unknown language 'xx' (content/languages.yml lists the codes)",
                "11: concept 'teachers' has no de label",
            ],
            messages);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }
}
