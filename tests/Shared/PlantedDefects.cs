namespace Archive.Tests;

/// <summary>
/// The five defects a reviewer plants in a copy of content/ (issue 18): a dropped number, a glossary term rendered
/// otherwise, a clause cut to a third, a clause left in Persian and a named person dropped, each in a real clause,
/// and a small vocabulary of named people (content/vocabulary.yml) so that the last one can be seen.
/// Linked into the Core and Cli test projects.
/// </summary>
internal static class PlantedDefects
{
    public const string Vocabulary = """
        - id: navid-afkari
          kind: person
          fa: { pref: نوید افکاری, alt: [] }
          en: { pref: Navid Afkari, alt: [] }
          de: { pref: Navid Afkari, alt: [] }
        - id: hamid-nouri
          kind: person
          fa: { pref: حمید نوری, alt: [] }
          en: { pref: Hamid Nouri, alt: [] }
          de: { pref: Hamid Nouri, alt: [] }
        - id: khamenei
          kind: person
          fa: { pref: خامنه‌ای, alt: [] }
          en: { pref: Khamenei, alt: [] }
          de: { pref: Khamenei, alt: [Chamenei] }
        - id: haft-tappeh
          kind: organisation
          fa: { pref: هفت تپه, alt: [] }
          en: { pref: Haft Tappeh, alt: [Haft Tapeh] }
          de: { pref: Haft Tappeh, alt: [] }
        """;

    /// <summary>Writes the vocabulary into <paramref name="content"/>, a copy of content/, with nothing planted.</summary>
    public static void WriteVocabulary(string content) => File.WriteAllText(Path.Combine(content, "vocabulary.yml"), Vocabulary);

    /// <summary>Plants the five defects in <paramref name="content"/> and returns where each must be reported.</summary>
    public static IReadOnlyList<(string File, string Clause, string Check)> Plant(string content, string seedPath)
    {
        WriteVocabulary(content);
        Replace(content, "en/wpi-congress-12/06.md", "more than 31 thousand girls", "more than thousands of girls");
        Replace(content, "en/wpi-congress-12/01.md", "such as privatisation, the contractor system", "such as the sale of state enterprises, the contractor system");
        var cut = Block(content, "de/wpi-congress-12/07.md", "p1");
        Replace(content, "de/wpi-congress-12/07.md", cut, cut[..(cut.Length / 3)]);
        var persian = File.ReadLines(seedPath).First(l => l.StartsWith("خامنه ای، رئیسی", StringComparison.Ordinal)).Trim();
        Replace(content, "de/wpi-congress-12/03.md", Block(content, "de/wpi-congress-12/03.md", "p1"), persian);
        Replace(content, "en/wpi-congress-12/07.md", "The trial of Hamid Nouri, one of", "The trial of a former prison official, one of");
        return
        [
            ("content/translations/en/wpi-congress-12/06.md", "p2", "numbers"),
            ("content/translations/en/wpi-congress-12/01.md", "a", "glossary"),
            ("content/translations/de/wpi-congress-12/07.md", "p1", "length"),
            ("content/translations/de/wpi-congress-12/03.md", "p1", "script"),
            ("content/translations/en/wpi-congress-12/07.md", "p1", "names"),
        ];
    }

    /// <summary>The text of a block, between its marker line and the next blank line.</summary>
    private static string Block(string content, string file, string clause)
    {
        var lines = File.ReadAllLines(Path.Combine(content, "translations", file));
        var marker = Array.FindIndex(lines, l => l.StartsWith("{#" + clause + "}", StringComparison.Ordinal) || l.StartsWith("{#" + clause + " ", StringComparison.Ordinal));
        return lines[marker + 1];
    }

    private static void Replace(string content, string file, string from, string to)
    {
        var path = Path.Combine(content, "translations", file);
        var text = File.ReadAllText(path);
        if (!text.Contains(from, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{file} no longer has the text to plant a defect in: {from}");
        }

        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
