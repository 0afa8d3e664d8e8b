namespace Archive.Core.Search.Expansion;

/// <summary>
/// English irregular plurals and verb forms, each group a lemma and its forms, which Porter stemming does not bring
/// together (children/child, women/woman, died/die, fled/flee). A word of a group brings every other word of it.
/// </summary>
public static class EnglishIrregularForms
{
    private static readonly string[][] Groups =
    [
        ["child", "children"], ["woman", "women"], ["man", "men"], ["person", "people"], ["life", "lives"],
        ["wife", "wives"], ["foot", "feet"], ["tooth", "teeth"], ["crisis", "crises"], ["thesis", "theses"],
        ["analysis", "analyses"], ["medium", "media"], ["phenomenon", "phenomena"], ["criterion", "criteria"],
        ["die", "died", "dying"], ["flee", "fled", "fleeing"], ["seek", "sought"], ["hold", "held"], ["sell", "sold"], ["tell", "told"],
        ["think", "thought"], ["buy", "bought"], ["bring", "brought"], ["catch", "caught"], ["teach", "taught"],
        ["begin", "began", "begun"], ["shoot", "shot"], ["hang", "hanged", "hung"], ["strike", "struck"],
        ["steal", "stole", "stolen"], ["drive", "drove", "driven"], ["write", "wrote", "written"],
        ["beat", "beaten"], ["arise", "arose", "arisen"], ["speak", "spoke", "spoken"], ["choose", "chose", "chosen"],
        ["freeze", "froze", "frozen"], ["hide", "hid", "hidden"], ["lead", "led"], ["leave", "left"], ["lose", "lost"],
        ["meet", "met"], ["pay", "paid"], ["run", "ran"], ["send", "sent"], ["spend", "spent"], ["stand", "stood"],
        ["fall", "fell", "fallen"], ["forbid", "forbade", "forbidden"], ["bear", "bore", "born", "borne"],
        ["feel", "felt"], ["keep", "kept"], ["know", "knew", "known"], ["make", "made"], ["say", "said"],
        ["see", "saw", "seen"], ["take", "took", "taken"], ["go", "went", "gone"], ["give", "gave", "given"],
        ["fight", "fought"], ["win", "won"], ["build", "built"], ["burn", "burnt"],
        ["rise", "rose", "risen"], ["grow", "grew", "grown"], ["throw", "threw", "thrown"],
    ];

    private static readonly Dictionary<string, string[]> ByForm = Groups
        .SelectMany(g => g.Select(form => (form, g)))
        .GroupBy(p => p.form, StringComparer.Ordinal)
        .ToDictionary(p => p.Key, p => p.SelectMany(x => x.g).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    /// <summary>The other forms of <paramref name="word"/> (lower case); empty when it has none.</summary>
    public static IEnumerable<string> Of(string word) =>
        ByForm.TryGetValue(word, out var forms) ? forms.Where(f => !string.Equals(f, word, StringComparison.Ordinal)) : [];
}
