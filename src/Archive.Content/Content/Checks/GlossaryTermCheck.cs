using System.Text.RegularExpressions;

namespace Archive.Core.Content.Checks;

/// <summary>
/// Terms of content/glossary.yml: a clause whose original contains a term must contain one of its renderings in the
/// translation's language (<see cref="RenderingMatcher"/>). قرار, a decision in the headings, is in the body nearly
/// always part of a compound verb (قرار دادن، قرار گرفتن، قرار داشتن، قرار است), which is not the term: those forms
/// are left out, as the glossary entry's note says.
/// </summary>
public sealed class GlossaryTermCheck : IClauseCheck
{
    /// <summary>Nouns that also form compound verbs, with the verb forms that follow them there.</summary>
    private static readonly Dictionary<string, string> CompoundVerbs = new(StringComparer.Ordinal)
    {
        ["قرار"] = @"\s*(?:ن?می\s*)?[بن]?(?:داد|ده|گرفت|گیر|داشت|دار|است|بود|نیست|شد|شو)",
    };

    private readonly List<(string Fa, Regex Pattern, IReadOnlyDictionary<string, string> Terms)> _terms;

    public GlossaryTermCheck(IEnumerable<GlossaryEntry> glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        _terms = [.. glossary.Where(g => !string.IsNullOrWhiteSpace(g.Fa))
            .Select(g => (g.Fa!, PersianTermMatcher.Pattern(g.Fa!, CompoundVerbs.GetValueOrDefault(PersianTermMatcher.Normalise(g.Fa!).Trim())), (IReadOnlyDictionary<string, string>)g.Terms))];
    }

    public string Id => "glossary";

    public IEnumerable<CheckFinding> Check(ClauseUnderCheck clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var original = PersianTermMatcher.Normalise(clause.Original);
        foreach (var (fa, pattern, terms) in _terms)
        {
            if (!terms.TryGetValue(clause.Language, out var rendering) || string.IsNullOrWhiteSpace(rendering) || !pattern.IsMatch(original))
            {
                continue;
            }

            if (!RenderingMatcher.ContainsAny(clause.Translation, [rendering]))
            {
                yield return CheckFinding.Warning(Id, $"the original has the glossary term {fa}; the translation lacks its rendering '{rendering}'") with { Subject = fa };
            }
        }
    }
}
