using System.Text.Json;

namespace Archive.Tests.Citations;

/// <summary>
/// Checks CSL-JSON against the rules of the CSL data schema: an array of items, each with an <c>id</c> and a
/// <c>type</c> from CSL's list; name variables arrays of objects of name parts; date variables objects with
/// <c>date-parts</c> (one or two arrays of one to three integers); every other variable a string or a number.
/// </summary>
internal static class CslJsonCheck
{
    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter",
        "classic", "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event",
        "figure", "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
        "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical", "personal_communication",
        "post", "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech", "standard",
        "thesis", "treaty", "webpage",
    };

    private static readonly HashSet<string> NameVariables = new(StringComparer.Ordinal) { "author", "editor", "translator", "contributor", "container-author", "collection-editor" };

    private static readonly HashSet<string> DateVariables = new(StringComparer.Ordinal) { "accessed", "issued", "event-date", "original-date", "submitted", "available-date" };

    private static readonly HashSet<string> NameParts = new(StringComparer.Ordinal) { "family", "given", "literal", "suffix", "dropping-particle", "non-dropping-particle" };

    /// <summary>The items, or a <see cref="FormatException"/> naming the first rule broken.</summary>
    public static IReadOnlyList<JsonElement> Items(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        if (root.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("CSL-JSON is an array of items");
        }

        foreach (var item in root.EnumerateArray())
        {
            if (!item.TryGetProperty("id", out var id) || id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            {
                throw new FormatException("an item has no id");
            }

            if (!item.TryGetProperty("type", out var type) || !Types.Contains(type.GetString() ?? string.Empty))
            {
                throw new FormatException($"item {id}: type is not one of CSL's");
            }

            foreach (var p in item.EnumerateObject())
            {
                Check(id.ToString(), p);
            }
        }

        return [.. root.EnumerateArray()];
    }

    private static void Check(string id, JsonProperty p)
    {
        if (NameVariables.Contains(p.Name))
        {
            if (p.Value.ValueKind != JsonValueKind.Array || p.Value.EnumerateArray().Any(n => n.ValueKind != JsonValueKind.Object || n.EnumerateObject().Any(part => !NameParts.Contains(part.Name) || part.Value.ValueKind != JsonValueKind.String)))
            {
                throw new FormatException($"item {id}: {p.Name} is not an array of names");
            }
        }
        else if (DateVariables.Contains(p.Name))
        {
            var parts = p.Value.TryGetProperty("date-parts", out var dp) ? dp : default;
            if (parts.ValueKind != JsonValueKind.Array || parts.GetArrayLength() is < 1 or > 2
                || parts.EnumerateArray().Any(d => d.ValueKind != JsonValueKind.Array || d.GetArrayLength() is < 1 or > 3 || d.EnumerateArray().Any(n => n.ValueKind != JsonValueKind.Number)))
            {
                throw new FormatException($"item {id}: {p.Name} has no valid date-parts");
            }
        }
        else if (p.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
        {
            throw new FormatException($"item {id}: {p.Name} is neither text nor a number");
        }
    }
}
