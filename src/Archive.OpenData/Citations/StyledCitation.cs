using System.Text;

namespace Archive.Core.Citations;

/// <summary>
/// Chicago (notes and bibliography, bibliography entry) and APA (7th edition, reference entry) as plain text in the
/// citation's language: the body as author, the title, the resolution and clause, the collection, the year only where
/// stated, the access date and the canonical link.
/// </summary>
public static class StyledCitation
{
    public static string Chicago(CitationSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var w = CitationWords.For(source.Language);
        var text = new StringBuilder();
        if (source.Author is { } author)
        {
            text.Append(Sentence(author)).Append(' ');
        }

        text.Append(w.Quoted(source.Title)).Append(' ');
        text.Append(w.Locator(source)).Append(". ");
        if (w.Container(source) is { } container)
        {
            text.Append(w.In).Append(' ').Append(container);
            if (source.Year is int year)
            {
                text.Append(w.Comma).Append(w.Number(year));
            }

            text.Append(". ");
        }

        text.Append(w.Accessed(source.Accessed)).Append(". ");
        text.Append(source.Url.AbsoluteUri).Append('.');
        return text.ToString();
    }

    public static string Apa(CitationSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var w = CitationWords.For(source.Language);
        var text = new StringBuilder();
        if (source.Author is { } author)
        {
            text.Append(Sentence(author)).Append(' ');
        }

        text.Append('(').Append(w.YearOrNoDate(source)).Append("). ");
        text.Append(source.Title).Append(" (").Append(w.Locator(source)).Append("). ");
        if (w.Container(source) is { } container)
        {
            text.Append(w.In).Append(' ').Append(container).Append(". ");
        }

        text.Append(w.Retrieved(source.Accessed, source.Url));
        return text.ToString();
    }

    /// <summary>A name ending a sentence: a full stop added unless it already ends with one.</summary>
    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";
}
