using Archive.Core.Import;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Archive.Core.Content;

/// <summary>
/// Reads content/vocabulary.yml: a list of concepts, each a mapping with <c>id</c>, <c>kind</c>, optional
/// <c>broader</c>, <c>glossary</c>, <c>wikidata</c>, <c>note</c>, and one <c>{ pref, alt }</c> mapping per language
/// code. Any other key whose value holds a <c>pref</c> is a language, so a new language needs no code.
/// </summary>
public static class VocabularyReader
{
    private static readonly HashSet<string> Kinds = new(["term", "subject", "person", "organisation", "place", "event", "topic"], StringComparer.Ordinal);

    public static IReadOnlyList<VocabularyConcept> Parse(string yaml, string file, List<ImportDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml ?? string.Empty));
        }
        catch (YamlException ex)
        {
            diagnostics.Add(ImportDiagnostic.Error(file, (int)ex.Start.Line, "malformed YAML: " + ex.Message));
            return [];
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlSequenceNode list)
        {
            diagnostics.Add(ImportDiagnostic.Error(file, 1, "the vocabulary must be a list of concepts"));
            return [];
        }

        var concepts = new List<VocabularyConcept>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in list.Children)
        {
            var line = (int)node.Start.Line;
            if (node is not YamlMappingNode map || Scalar(map, "id") is not { Length: > 0 } id)
            {
                diagnostics.Add(ImportDiagnostic.Error(file, line, "a concept needs an id"));
                continue;
            }

            var kind = Scalar(map, "kind") ?? string.Empty;
            if (!Kinds.Contains(kind))
            {
                diagnostics.Add(ImportDiagnostic.Error(file, line, $"concept '{id}': kind '{kind}' is not one of {string.Join(", ", Kinds)}"));
                continue;
            }

            if (!ids.Add(id))
            {
                diagnostics.Add(ImportDiagnostic.Error(file, line, $"concept id '{id}' appears twice"));
                continue;
            }

            concepts.Add(Concept(map, id, kind) with { Line = line });
        }

        return concepts;
    }

    private static VocabularyConcept Concept(YamlMappingNode map, string id, string kind)
    {
        var labels = new Dictionary<string, VocabularyLabels>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode { Value: { } language } && value is YamlMappingNode lang && Scalar(lang, "pref") is { } pref)
            {
                labels[language] = new VocabularyLabels(pref, List(lang, "alt"));
            }
        }

        var note = map.Children.TryGetValue(new YamlScalarNode("note"), out var n) && n is YamlMappingNode notes
            ? notes.Children.Where(kv => kv.Key is YamlScalarNode && kv.Value is YamlScalarNode)
                .ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value ?? string.Empty, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        return new VocabularyConcept(id, kind, labels)
        {
            Broader = List(map, "broader"),
            Glossary = string.Equals(Scalar(map, "glossary"), "true", StringComparison.OrdinalIgnoreCase),
            Wikidata = Scalar(map, "wikidata"),
            Note = note,
        };
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value?.Trim() : null;

    private static string[] List(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) switch
        {
            true when v is YamlSequenceNode seq => [.. seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).Where(s => s.Length > 0)],
            true when v is YamlScalarNode { Value.Length: > 0 } s => [s.Value!],
            _ => [],
        };
}
