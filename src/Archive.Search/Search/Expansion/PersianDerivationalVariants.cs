namespace Archive.Core.Search.Expansion;

/// <summary>
/// Other derivational forms of a Persian word as typed: the noun, adjective and adverb of one stem (‑ی, ‑یی, ‑انه,
/// ‑یانه), the abstract noun against the agent or person (‑گی/‑ه, ‑گر, ‑ان, ‑یت) and a place against its ‑ی adjective.
/// The forms over-generate; the query builder keeps only those the index knows, and searches them below the typed word,
/// so a name that merely looks derived (اصفهانی, a surname) still ranks by its own spelling first.
/// </summary>
public static class PersianDerivationalVariants
{
    private const char Zwnj = '\u200C';

    /// <summary>Endings removed to reach the stem, and what replaces them (‑گی is the abstract noun of a word in ‑ه).</summary>
    private static readonly (string Suffix, string Replacement)[] Stems =
    [
        ("یانه", ""), ("انه", ""), ("یی", ""), ("ئی", ""), ("گی", "ه"), ("گران", ""), ("گر", ""), ("یت", ""),
        ("ان", ""), ("ات", ""), ("ی", ""),
    ];

    /// <summary>The other forms of <paramref name="word"/>, without the word itself; none for a word not in Persian letters.</summary>
    public static IReadOnlyList<string> Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var typed = word.Trim().TrimEnd(Zwnj).Replace('ي', 'ی').Replace('ك', 'ک');
        if (typed.Length < 3 || !typed.All(c => c is >= '\u0600' and <= '\u06FF' or Zwnj))
        {
            return [];
        }

        var stems = new List<string> { typed };
        foreach (var (suffix, replacement) in Stems)
        {
            if (typed.EndsWith(suffix, StringComparison.Ordinal) && typed.Length - suffix.Length >= 2)
            {
                stems.Add(typed[..^suffix.Length].TrimEnd(Zwnj) + replacement);
            }
        }

        var forms = new List<string>();
        foreach (var stem in stems)
        {
            Add(forms, stem);
            var vowel = stem[^1] is 'ا' or 'و';
            Add(forms, stem + (vowel ? "یی" : "ی"));
            Add(forms, stem + (vowel ? "یانه" : "انه"));
            Add(forms, stem + "ات");
            if (stem[^1] == 'ه')
            {
                Add(forms, stem[..^1] + "گی");
            }
        }

        forms.Remove(typed);
        return forms;
    }

    private static void Add(List<string> forms, string form)
    {
        if (form.Length >= 2 && !forms.Contains(form))
        {
            forms.Add(form);
        }
    }
}
