using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Archive.Web.Tests.Pages;

/// <summary>
/// Reads a page's metadata by the rules of Zotero's Embedded Metadata translator (rules restated here, not its code):
/// only <c>meta</c> elements in the <c>head</c>, named by <c>name</c> (else <c>property</c>) and valued by a non-empty
/// <c>content</c>; a name may hold several space-separated tags; a tag's prefix is what stands before its first '.',
/// ':' or '_', case-insensitively (<c>DC.title</c> is Dublin Core's <c>title</c>, the property's first letter
/// lower-cased); Highwire tags are found by the name ending in <c>citation_…</c>; values have their inner white space
/// collapsed; <c>citation_author</c> is split into several authors at ';' (or at ',' when the parts on both sides hold
/// a space).
/// </summary>
internal sealed class EmbeddedMetadata
{
    private readonly Dictionary<string, List<string>> _highwire = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _dublinCore = new(StringComparer.Ordinal);

    private EmbeddedMetadata()
    {
    }

    public static EmbeddedMetadata Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var read = new EmbeddedMetadata();
        foreach (var meta in document.Head?.QuerySelectorAll("meta") ?? Enumerable.Empty<IElement>())
        {
            var names = meta.GetAttribute("name") ?? meta.GetAttribute("property");
            var value = meta.GetAttribute("content");
            if (string.IsNullOrEmpty(names) || string.IsNullOrEmpty(value))
            {
                continue;
            }

            foreach (var tag in names.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                read.Add(tag, string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            }
        }

        return read;
    }

    /// <summary>The first value of a Highwire field (<c>citation_title</c> → title), as the translator takes it.</summary>
    public string? Highwire(string field) => _highwire.TryGetValue("citation_" + field, out var v) ? v[0] : null;

    /// <summary>The first value of a Dublin Core property (<c>title</c>, <c>creator</c>, …).</summary>
    public string? DublinCore(string property) => _dublinCore.TryGetValue(property, out var v) ? v[0] : null;

    /// <summary>The authors as the translator splits <c>citation_author</c> and <c>citation_authors</c>.</summary>
    public IReadOnlyList<string> Authors() =>
        [.. new[] { "citation_author", "citation_authors" }.SelectMany(t => _highwire.GetValueOrDefault(t) ?? []).SelectMany(SplitAuthors)];

    private static IEnumerable<string> SplitAuthors(string value)
    {
        var parts = value.Split(';').Select(p => p.Trim()).ToArray();
        if (parts.Length == 1 && parts[0].Split(',') is { Length: > 1 } byComma && byComma[0].Trim().Contains(' ', StringComparison.Ordinal) && byComma[1].Trim().Contains(' ', StringComparison.Ordinal))
        {
            parts = [.. byComma.Select(p => p.Trim())];
        }

        return parts.Where(p => p.Any(c => !char.IsWhiteSpace(c) && c is not (',' or '-' or '.' or ';')));
    }

    private void Add(string tag, string value)
    {
        var delimiter = tag.IndexOfAny(['.', ':', '_']);
        var prefix = delimiter > 0 ? tag[..delimiter].ToLowerInvariant() : string.Empty;
        if (prefix == "dc" && delimiter + 1 < tag.Length)
        {
            var property = char.ToLowerInvariant(tag[delimiter + 1]) + tag[(delimiter + 2)..];
            Values(_dublinCore, property).Add(value);
            return;
        }

        var highwire = tag.LastIndexOf("citation_", StringComparison.Ordinal);
        if (highwire >= 0)
        {
            Values(_highwire, tag[highwire..]).Add(value);
        }
    }

    private static List<string> Values(Dictionary<string, List<string>> map, string key) =>
        map.TryGetValue(key, out var list) ? list : map[key] = [];
}
