using Archive.Core.Import;

namespace Archive.Core.Content.Checks;

/// <summary>
/// <c>archive check-content</c>'s checks of content/vocabulary.yml: every label's language is a language of the archive,
/// no label (in one language, ignoring case) names two concepts, and every concept has an English and a German label.
/// </summary>
public static class VocabularyChecks
{
    public const string File = "content/vocabulary.yml";

    private static readonly string[] Required = ["en", "de"];

    public static void Check(IReadOnlyList<VocabularyConcept> concepts, IReadOnlyCollection<string> languages, List<ImportDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var owners = new Dictionary<(string Language, string Label), string>();
        foreach (var concept in concepts)
        {
            foreach (var (language, labels) in concept.Labels.OrderBy(l => l.Key, StringComparer.Ordinal))
            {
                if (!languages.Contains(language))
                {
                    diagnostics.Add(ImportDiagnostic.Error(File, concept.Line, $"concept '{concept.Id}': unknown language '{language}' (content/languages.yml lists the codes)"));
                    continue;
                }

                foreach (var label in labels.All.Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    var key = (language, label.Trim().ToLowerInvariant());
                    if (owners.TryGetValue(key, out var other) && !string.Equals(other, concept.Id, StringComparison.Ordinal))
                    {
                        diagnostics.Add(ImportDiagnostic.Error(File, concept.Line, $"concept '{concept.Id}': the {language} label '{label}' is also a label of '{other}'"));
                    }
                    else
                    {
                        owners[key] = concept.Id;
                    }
                }
            }

            foreach (var language in Required.Where(l => !concept.Labels.ContainsKey(l)))
            {
                diagnostics.Add(ImportDiagnostic.Error(File, concept.Line, $"concept '{concept.Id}' has no {language} label"));
            }
        }
    }
}
