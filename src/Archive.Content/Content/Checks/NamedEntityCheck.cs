using System.Text.RegularExpressions;

namespace Archive.Core.Content.Checks;

/// <summary>
/// Named people, organisations, places and events of content/vocabulary.yml: when the original clause contains a
/// concept's label in the original's language (Persian), the translation must contain one of its labels in the translation's language. A concept
/// without labels in that language is not checked there. With no vocabulary this check finds nothing.
/// </summary>
public sealed class NamedEntityCheck : IClauseCheck
{
    private readonly List<(VocabularyConcept Concept, Regex[] Persian)> _names;
    private readonly string _original;

    public NamedEntityCheck(IEnumerable<VocabularyConcept> vocabulary, string originalLanguage)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _original = originalLanguage;
        _names = [.. vocabulary.Where(c => c.IsNamed && c.Labels.ContainsKey(originalLanguage))
            .Select(c => (c, c.Labels[originalLanguage].All.Select(l => PersianTermMatcher.Pattern(l)).ToArray()))];
    }

    public string Id => "names";

    public IEnumerable<CheckFinding> Check(ClauseUnderCheck clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var original = PersianTermMatcher.Normalise(clause.Original);
        foreach (var (concept, persian) in _names)
        {
            if (!concept.Labels.TryGetValue(clause.Language, out var labels) || !persian.Any(p => p.IsMatch(original)))
            {
                continue;
            }

            if (!RenderingMatcher.ContainsAny(clause.Translation, labels.All))
            {
                yield return CheckFinding.Warning(Id, $"the original names {concept.Labels[_original].Pref} ({concept.Kind} '{concept.Id}'); the translation has none of {string.Join(", ", labels.All.Select(l => $"'{l}'"))}") with { Subject = concept.Id };
            }
        }
    }
}
