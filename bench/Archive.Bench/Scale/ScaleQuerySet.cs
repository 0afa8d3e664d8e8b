using System.Text.RegularExpressions;

namespace Archive.Bench.Scale;

/// <summary>
/// Queries drawn (seeded) from the corpus sentences: single words of three letters or more, two-word phrases in quotes,
/// and prefixes (a word of five letters or more without its last two letters, then *); and the subjects bench/load.sh
/// searches for, in turn.
/// </summary>
internal static partial class ScaleQuerySet
{
    public static IReadOnlyList<(string Kind, IReadOnlyList<string> Queries)> Build(IReadOnlyList<string> sentences, int count, int seed = 7)
    {
        var random = new Random(seed);
        var split = sentences.Select(s => PersianWord().Matches(s).Select(m => m.Value).ToArray()).Where(w => w.Length >= 2).ToList();
        var words = split.SelectMany(w => w).Where(w => w.Length >= 3).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var longWords = words.Where(w => w.Length >= 5).ToList();
        return
        [
            ("word", [.. Enumerable.Range(0, count).Select(_ => words[random.Next(words.Count)])]),
            ("phrase", [.. Enumerable.Range(0, count).Select(_ => Phrase(split[random.Next(split.Count)], random))]),
            ("prefix", [.. Enumerable.Range(0, count).Select(_ => longWords[random.Next(longWords.Count)][..^2] + "*")]),
            ("subject", [.. Enumerable.Range(0, count).Select(i => Subjects[i % Subjects.Length])]),
        ];
    }

    /// <summary>
    /// The queries bench/load.sh sends: the archive's main subjects as readers type them, in Persian, English and German.
    /// In the synthetic corpus, made of the seed's own sentences, their words are among the most frequent.
    /// </summary>
    private static readonly string[] Subjects =
    [
        "اعدام", "كارتون خواب‌ها", "31 هزار دختر", "خصوصی‌سازی", "اعتصاب*", "\"مادران خاوران\"",
        "execution", "Haft Tappeh", "refugees asylum", "women hijab", "Hinrichtung", "child*",
    ];

    private static string Phrase(string[] words, Random random)
    {
        var at = random.Next(words.Length - 1);
        return "\"" + words[at] + " " + words[at + 1] + "\"";
    }

    /// <summary>A run of Persian letters (U+0600–U+06FF, not digits or punctuation).</summary>
    [GeneratedRegex(@"[\u0621-\u064A\u067E-\u06D3]+")]
    private static partial Regex PersianWord();
}
