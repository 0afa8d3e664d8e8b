using System.Diagnostics.CodeAnalysis;

namespace Archive.Core.Citations;

/// <summary>The formats' names as the command, the API and the page use them, and the media type of each.</summary>
public static class CitationFormats
{
    /// <summary>Every format, in the order the cite panel shows them.</summary>
    public static IReadOnlyList<CitationFormat> All { get; } =
        [CitationFormat.Chicago, CitationFormat.Apa, CitationFormat.Bibtex, CitationFormat.Ris, CitationFormat.CslJson];

    /// <summary>The names, for messages and documentation: <c>bibtex, ris, csl-json, chicago, apa</c>.</summary>
    public const string Names = "bibtex, ris, csl-json, chicago, apa";

    public static string Name(CitationFormat format) => format switch
    {
        CitationFormat.Bibtex => "bibtex",
        CitationFormat.Ris => "ris",
        CitationFormat.CslJson => "csl-json",
        CitationFormat.Chicago => "chicago",
        CitationFormat.Apa => "apa",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The format's name as people know it: Chicago, APA, BibTeX, RIS, CSL-JSON.</summary>
    public static string Label(CitationFormat format) => format switch
    {
        CitationFormat.Bibtex => "BibTeX",
        CitationFormat.Ris => "RIS",
        CitationFormat.CslJson => "CSL-JSON",
        CitationFormat.Chicago => "Chicago",
        CitationFormat.Apa => "APA",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>Whether the format is text to read in the citation's language (Chicago, APA) rather than data.</summary>
    public static bool IsStyled(CitationFormat format) => format is CitationFormat.Chicago or CitationFormat.Apa;

    public static string MediaType(CitationFormat format) => format switch
    {
        CitationFormat.Bibtex => "application/x-bibtex",
        CitationFormat.Ris => "application/x-research-info-systems",
        CitationFormat.CslJson => "application/vnd.citationstyles.csl+json",
        _ => "text/plain",
    };

    /// <summary>The file extension a download of the format gets.</summary>
    public static string Extension(CitationFormat format) => format switch
    {
        CitationFormat.Bibtex => "bib",
        CitationFormat.Ris => "ris",
        CitationFormat.CslJson => "json",
        _ => "txt",
    };

    public static bool TryParse(string? name, [NotNullWhen(true)] out CitationFormat? format)
    {
        format = All.Cast<CitationFormat?>().FirstOrDefault(f => string.Equals(Name(f!.Value), name?.Trim(), StringComparison.OrdinalIgnoreCase));
        return format is not null;
    }
}
