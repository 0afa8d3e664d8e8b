using System.Globalization;
using System.Text;

namespace Archive.Core.Citations;

/// <summary>
/// An RIS record (type <c>GEN</c>): one <c>TAG  - value</c> line per field, ended by <c>ER  - </c>. The body is the
/// author (<c>AU</c>), the collection the secondary title (<c>T2</c>), the resolution and clause the section
/// (<c>SE</c>), the year (<c>PY</c>) only where stated, the access date <c>Y2</c>.
/// </summary>
public static class RisEntry
{
    public static string Format(CitationSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var w = CitationWords.For(source.Language);
        var record = new StringBuilder();
        Line(record, "TY", "GEN");
        Line(record, "ID", BibtexEntry.Key(source));
        if (source.Author is { } author)
        {
            Line(record, "AU", author);
        }

        Line(record, "TI", source.Title);
        if (w.Container(source) is { } container)
        {
            Line(record, "T2", container);
        }

        Line(record, "SE", w.Locator(source));
        if (source.Year is int year)
        {
            Line(record, "PY", year.ToString(CultureInfo.InvariantCulture));
        }

        Line(record, "UR", source.Url.AbsoluteUri);
        Line(record, "Y2", source.Accessed.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture));
        Line(record, "LA", source.TitleLanguage);
        record.Append("ER  - \n");
        return record.ToString();
    }

    /// <summary>One field on one line: line breaks in a value become spaces.</summary>
    private static void Line(StringBuilder record, string tag, string value) =>
        record.Append(tag).Append("  - ").Append(value.ReplaceLineEndings(" ")).Append('\n');
}
