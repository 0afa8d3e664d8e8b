using Archive.Core.Texts.Languages;
using Archive.Core.Search.Analysis;

namespace Archive.Core.Search.Expansion;

/// <summary>
/// The spelling and inflection variants of one typed word that the index knows, per searched language: English
/// spellings and irregular forms, Persian derivational forms, the hyphenated form joined, and a joined compound split
/// into known words (German with linking elements). The nearest known words serve a word the index does not know at all.
/// </summary>
public sealed class WordVariantFinder(AnalyzerRegistry analyzers, IndexTerms terms)
{
    private const int MinCompoundLength = 7;

    private readonly Dictionary<(string Language, string Text), bool> _known = [];

    public IReadOnlyList<WordVariant> Variants(string word, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(languages);
        var found = new List<WordVariant>();
        foreach (var language in languages)
        {
            var candidates = language switch
            {
                "en" => EnglishSpellingVariants.Of(word),
                _ when string.Equals(language, PersianRules.Instance.Code, StringComparison.Ordinal) => PersianDerivationalVariants.Of(word),
                _ => [],
            };
            var own = LabelKey.Analysed(analyzers, language, word);
            foreach (var candidate in candidates.Append(word.Replace("-", string.Empty, StringComparison.Ordinal)))
            {
                var key = LabelKey.Analysed(analyzers, language, candidate);
                if (key.Length > 0 && key != own && Known(language, candidate) && !found.Any(f => f.Language == language && LabelKey.Analysed(analyzers, language, f.ToString()) == key))
                {
                    found.Add(new WordVariant(language, [candidate]));
                }
            }

            // A word the language's text already has is left whole: only an unknown joined form is split.
            if (language is "en" or "de" && word.Length >= MinCompoundLength && !Known(language, word))
            {
                var parts = CompoundSplitter.Split(word, part => Known(language, part), linkingElements: language == "de");
                if (parts.Count > 0)
                {
                    found.Add(new WordVariant(language, parts));
                }
            }
        }

        return found;
    }

    /// <summary>Whether <paramref name="word"/>'s analysed terms are in none of the languages' texts.</summary>
    public bool Unknown(string word, IReadOnlyList<string> languages) => !languages.Any(l => Known(l, word));

    /// <summary>
    /// The nearest known terms to <paramref name="word"/> (within one edit per four letters, at least one and at most two): in each
    /// language, its nearest term, kept when no other language has a nearer one.
    /// </summary>
    public IReadOnlyList<WordVariant> Nearest(string word, IReadOnlyList<string> languages)
    {
        var near = new List<(WordVariant Variant, int Distance)>();
        foreach (var language in languages)
        {
            var term = LabelKey.Analysed(analyzers, language, word);
            if (term.Length > 0 && !term.Contains(' ', StringComparison.Ordinal)
                && terms.Nearest(SearchFields.Text(language), term, Math.Clamp(term.Length / 4, 1, IndexTerms.MaxEdits)) is { } found)
            {
                near.Add((new WordVariant(language, [found.Term]), found.Distance));
            }
        }

        return near.Count == 0 ? [] : [.. near.Where(n => n.Distance == near.Min(m => m.Distance)).Select(n => n.Variant)];
    }

    /// <summary>Every word of the text is in the language's index, or (two words) their joined pair is.</summary>
    private bool Known(string language, string text)
    {
        if (_known.TryGetValue((language, text), out var known))
        {
            return known;
        }

        known = Analyse(language, text);
        _known[(language, text)] = known;
        return known;
    }

    private bool Analyse(string language, string text)
    {
        var field = SearchFields.Text(language);
        var tokens = TokenStreams.Analyze(analyzers.ForIndex(language), field, text).Where(t => !PersianLightStemFilter.IsSurface(t.Term)).ToList();
        var words = tokens.Where(t => t.PositionIncrement > 0).ToList();
        return words.Count > 0 && (words.All(t => terms.Contains(field, t.Term)) || tokens.Any(t => t.PositionIncrement == 0 && terms.Contains(field, t.Term)));
    }
}
