namespace Archive.Core.Citations;

/// <summary>The formats a citation is given in: three for reference managers, two styled texts for reading.</summary>
public enum CitationFormat
{
    Bibtex,
    Ris,
    CslJson,
    Chicago,
    Apa,
}
