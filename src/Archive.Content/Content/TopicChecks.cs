using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Core.Import;
using Archive.Core.Texts;

namespace Archive.Core.Content;

/// <summary>Checks content/topics.yml: slugs, labels per language, known resolutions, 1–3 topics per resolution.</summary>
internal static partial class TopicChecks
{
    private const string File = "content/topics.yml";

    /// <summary>A topic's resolution as written in topics.yml (<c>3</c>, <c>other-collection/3</c>), or null when it is no reference.</summary>
    public static (string Collection, int Number)? Resolve(string written, string? firstCollection) =>
        TextRef.TryParse(written, firstCollection, out var r) && r.Value.Clause is null ? (r.Value.Collection, r.Value.Resolution) : null;

    public static void Check(IReadOnlyList<TopicEntry> topics, IReadOnlySet<(string, int)> resolutions, string? firstCollection, IReadOnlySet<string> languages, List<ImportDiagnostic> diagnostics)
    {
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var perResolution = resolutions.ToDictionary(r => r, _ => 0);
        foreach (var t in topics)
        {
            if (t.Slug is null || !Slug().IsMatch(t.Slug))
            {
                diagnostics.Add(ImportDiagnostic.Error(File, 0, $"topic slug '{t.Slug}' must be lower-case ASCII letters, digits and dashes"));
                continue;
            }

            if (!slugs.Add(t.Slug))
            {
                diagnostics.Add(ImportDiagnostic.Error(File, 0, $"topic '{t.Slug}' is listed twice"));
            }

            foreach (var code in languages.Where(code => !t.Labels.ContainsKey(code)))
            {
                diagnostics.Add(ImportDiagnostic.Warning(File, 0, $"topic '{t.Slug}' has no label in '{code}'"));
            }

            if (t.Resolutions.Count == 0)
            {
                diagnostics.Add(ImportDiagnostic.Warning(File, 0, $"topic '{t.Slug}' has no resolution"));
            }

            foreach (var written in t.Resolutions)
            {
                if (Resolve(written, firstCollection) is not { } n || !perResolution.TryGetValue(n, out var count))
                {
                    diagnostics.Add(ImportDiagnostic.Error(File, 0, string.Create(CultureInfo.InvariantCulture, $"topic '{t.Slug}' names resolution {written}, which does not exist")));
                    continue;
                }

                perResolution[n] = count + 1;
            }
        }

        if (topics.Count == 0)
        {
            return;
        }

        foreach (var (n, count) in perResolution.Where(kv => kv.Value is < 1 or > 3).OrderBy(kv => kv.Key.Item1, StringComparer.Ordinal).ThenBy(kv => kv.Key.Item2))
        {
            var name = n.Item1 == firstCollection ? n.Item2.ToString(CultureInfo.InvariantCulture) : new TextRef(n.Item1, n.Item2).ToString();
            diagnostics.Add(ImportDiagnostic.Warning(File, 0, $"resolution {name} carries {count} topics; it should carry 1 to 3"));
        }
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
