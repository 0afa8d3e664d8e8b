using Archive.Core.Catalog;
using Archive.Core.Citations;
using Archive.Web.Ui;

namespace Archive.Web.Components.Pages.Reader;

/// <summary>
/// "Copy with citation": the clause's text in the interface language, then its Chicago citation in that language as
/// the one formatter (<see cref="CitationFormatter"/>) writes it, with the canonical link and no view parameters. The
/// server writes it whole (the clause page shows it, every clause's copy button carries it); the script only copies it.
/// </summary>
public static class Citation
{
    public static string For(CitationSource source, ClauseDetail clause, UiState ui)
    {
        ArgumentNullException.ThrowIfNull(source);
        return $"«{InterfaceText.Clause(ui, clause)}»\n{CitationFormatter.Format(source, CitationFormat.Chicago)}";
    }
}
