using System.Globalization;
using System.Text;

namespace Archive.Core.Exports;

/// <summary>
/// The archive as CSV (RFC 4180, UTF-8, CRLF line ends): one row per clause and language, the original first, with the
/// collection, the reference and canonical link, the clause's kind and label, the language, whether it is the original,
/// the translation's status and the text (plain text for translations).
/// </summary>
public static class ClauseCsv
{
    public static readonly IReadOnlyList<string> Columns =
        ["collection", "resolution", "clause", "ref", "url", "kind", "label", "language", "original", "status", "text"];

    /// <summary>Writes <paramref name="parts"/> a resolution at a time (memory holds one resolution's rows).</summary>
    public static async Task WriteAsync(IBundleParts parts, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parts);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', Columns).AsMemory(), cancellationToken);
        foreach (var collection in parts.Outline.Collections)
        {
            await foreach (var r in parts.ResolutionsAsync(collection, cancellationToken))
            {
                foreach (var c in r.Clauses)
                {
                    var number = r.Number.ToString(CultureInfo.InvariantCulture);
                    await writer.WriteLineAsync(Row(collection.Slug, number, c.Id, c.Ref, c.Url, c.Kind, c.Label, collection.Language, "true", string.Empty, c.Text).AsMemory(), cancellationToken);
                    foreach (var t in c.Translations)
                    {
                        await writer.WriteLineAsync(Row(collection.Slug, number, c.Id, c.Ref, c.Url, c.Kind, Citations.PinpointLabel.ForTranslation(c.Kind, c.Id), t.Language, "false", t.Status, t.PlainText).AsMemory(), cancellationToken);
                    }
                }
            }
        }
    }

    /// <summary>A CSV record: fields holding a comma, a quote or a line break are quoted, quotes doubled.</summary>
    public static string Row(params string[] fields) =>
        string.Join(',', fields.Select(f => f.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f));
}
