using System.Globalization;
using System.Text;

namespace Archive.Core.Citations;

/// <summary>
/// A BibTeX <c>@misc</c> entry (read alike by BibTeX and biblatex): the body as a corporate author (double braces, so
/// it is never split into given and family names), the title, the collection as <c>howpublished</c>, the resolution and
/// clause as <c>note</c>, <c>year</c> only where stated, <c>url</c> and <c>urldate</c>. Text is escaped for LaTeX.
/// </summary>
public static class BibtexEntry
{
    public static string Format(CitationSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var w = CitationWords.For(source.Language);
        var fields = new List<(string Name, string Value)>();
        if (source.Author is { } author)
        {
            fields.Add(("author", "{" + Escape(author) + "}"));
        }

        fields.Add(("title", Escape(source.Title)));
        if (w.Container(source) is { } container)
        {
            fields.Add(("howpublished", Escape(container)));
        }

        fields.Add(("note", Escape(w.Locator(source))));
        if (source.Year is int year)
        {
            fields.Add(("year", year.ToString(CultureInfo.InvariantCulture)));
        }

        fields.Add(("url", source.Url.AbsoluteUri));
        fields.Add(("urldate", source.Accessed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        fields.Add(("language", source.TitleLanguage));
        var entry = new StringBuilder();
        entry.Append("@misc{").Append(Key(source)).Append(",\n");
        foreach (var (name, value) in fields)
        {
            entry.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
        }

        return entry.Append("}\n").ToString();
    }

    /// <summary>The entry's key: the collection and the reference, ASCII (<c>wpi-congress-12-1-b</c>).</summary>
    public static string Key(CitationSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new string([.. source.Ref.Key.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' ? c : '-')]);
    }

    /// <summary>The characters LaTeX gives a meaning, written as themselves; line breaks as spaces.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            s.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' or '}' or '%' or '&' or '$' or '#' or '_' => "\\" + c,
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                '\r' or '\n' or '\t' => " ",
                _ => c.ToString(),
            });
        }

        return s.ToString();
    }
}
