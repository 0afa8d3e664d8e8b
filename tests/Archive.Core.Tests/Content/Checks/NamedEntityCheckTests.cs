using Archive.Core.Content;
using Archive.Core.Content.Checks;
using Archive.Core.Import;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Tests.Content.Checks;

/// <summary>Named people and places of a vocabulary the test writes, on clauses of resolutions 3, 4 and 7.</summary>
public class NamedEntityCheckTests
{
    internal const string Vocabulary = """
        - id: navid-afkari
          kind: person
          fa: { pref: نوید افکاری, alt: [] }
          en: { pref: Navid Afkari, alt: [] }
          de: { pref: Navid Afkari, alt: [] }
        - id: hamid-nouri
          kind: person
          fa: { pref: حمید نوری, alt: [] }
          en: { pref: Hamid Nouri, alt: [Hamid Noury] }
          de: { pref: Hamid Nouri, alt: [] }
        - id: khamenei
          kind: person
          wikidata: Q57336
          fa: { pref: خامنه‌ای, alt: [علی خامنه‌ای] }
          en: { pref: Khamenei, alt: [Ali Khamenei] }
          de: { pref: Chamenei, alt: [Khamenei] }
        - id: execution
          kind: term
          fa: { pref: اعدام, alt: [] }
          en: { pref: execution, alt: [] }
        """;

    private static readonly NamedEntityCheck Check = new(VocabularyReader.Parse(Vocabulary, "vocabulary.yml", []), PersianRules.Instance.Code);

    [Theory]
    [InlineData("en", "اعتراض جهانی به حکم اعدام نوید افکاری", "the worldwide protest against the death sentence of Navid Afkari", "")]
    [InlineData("en", "اعتراض جهانی به حکم اعدام نوید افکاری", "the worldwide protest against the death sentence of a wrestler", "navid-afkari")]
    [InlineData("en", "محاکمه حمید نوری یکی از جنایتکاران رژیم اسلامی در دهه شصت", "The trial of Hamid Noury, one of the criminals of the Islamic regime", "")]
    [InlineData("de", "خامنه ای، رئیسی و دیگر سران جمهوری اسلامی", "Khamenei, Raisi und die anderen Führer der Islamischen Republik", "")]
    [InlineData("de", "خامنه ای، رئیسی و دیگر سران جمهوری اسلامی", "Raisi und die anderen Führer der Islamischen Republik", "khamenei")]
    [InlineData("en", "جنبش علیه اعدام", "the movement against the death penalty", "")]
    public void ANamedPersonOfTheOriginalIsNamedInTheTranslation(string language, string original, string translation, string expected)
    {
        var found = Check.Check(ClauseUnderCheck.Of(language, original, translation)).ToList();
        CheckAssert.Reports(found, "names", expected);
    }

    [Fact]
    public void TheVocabularyReaderReadsLabelsPerLanguageAndRejectsConceptsWithoutIdOrKind()
    {
        var diagnostics = new List<ImportDiagnostic>();
        var concepts = VocabularyReader.Parse(Vocabulary + "\n- kind: person\n- id: x\n  kind: animal\n", "content/vocabulary.yml", diagnostics);
        Assert.Equal(["navid-afkari", "hamid-nouri", "khamenei", "execution"], concepts.Select(c => c.Id));
        var khamenei = concepts.Single(c => c.Id == "khamenei");
        Assert.Equal(("Chamenei", "Khamenei", "Q57336"), (khamenei.Labels["de"].Pref, khamenei.Labels["de"].Alt[0], khamenei.Wikidata));
        Assert.Equal(2, diagnostics.Count(d => d.IsError && d.File == "content/vocabulary.yml"));
        Assert.Contains(diagnostics, d => d.Message.Contains("kind 'animal'", StringComparison.Ordinal));
    }
}
