namespace Archive.Core.Citations;

/// <summary>The one citation formatter: the page's cite panel, the API and <c>archive cite</c> all call it.</summary>
public static class CitationFormatter
{
    public static string Format(CitationSource source, CitationFormat format) => format switch
    {
        CitationFormat.Bibtex => BibtexEntry.Format(source),
        CitationFormat.Ris => RisEntry.Format(source),
        CitationFormat.CslJson => CslJsonEntry.Format(source),
        CitationFormat.Chicago => StyledCitation.Chicago(source),
        CitationFormat.Apa => StyledCitation.Apa(source),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
