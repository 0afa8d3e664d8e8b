using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Archive.Core.Citations;

/// <summary>
/// CSL-JSON (the Citation Style Language's data format): an array holding one item of type <c>document</c>, the body
/// as a literal name, <c>container-title</c> and <c>event-title</c>, <c>number</c> (the resolution) and <c>section</c>
/// (the clause), <c>issued</c> only where a date is stated, <c>accessed</c>, <c>URL</c> and <c>language</c>.
/// </summary>
public static class CslJsonEntry
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Format(CitationSource source) => new JsonArray(Item(source)).ToJsonString(Indented) + "\n";

    /// <summary>The item alone (the bundle of several citations is an array of these).</summary>
    public static JsonObject Item(CitationSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var w = CitationWords.For(source.Language);
        var item = new JsonObject
        {
            ["id"] = BibtexEntry.Key(source),
            ["type"] = "document",
            ["title"] = source.Title,
        };
        if (source.Author is { } author)
        {
            item["author"] = new JsonArray(new JsonObject { ["literal"] = author });
        }

        if (w.Container(source) is { } container)
        {
            item["container-title"] = container;
        }

        if (source.Event is { } e)
        {
            item["event-title"] = e;
        }

        item["number"] = source.Ref.Resolution.ToString(CultureInfo.InvariantCulture);
        if (source.Pinpoint is not null)
        {
            item["section"] = w.Locator(source);
        }

        if (DateParts(source.Date) is { } issued)
        {
            item["issued"] = issued;
        }

        item["accessed"] = DateParts(source.Accessed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        item["URL"] = source.Url.AbsoluteUri;
        item["language"] = source.TitleLanguage;
        return item;
    }

    /// <summary><c>{"date-parts": [[2021, 12]]}</c> from an ISO date as precise as stated; null when there is none or it is not one.</summary>
    private static JsonObject? DateParts(string? date)
    {
        if (string.IsNullOrWhiteSpace(date))
        {
            return null;
        }

        var parts = new JsonArray();
        foreach (var part in date.Split('-').Take(3))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return null;
            }

            parts.Add(n);
        }

        return new JsonObject { ["date-parts"] = new JsonArray(parts) };
    }
}
