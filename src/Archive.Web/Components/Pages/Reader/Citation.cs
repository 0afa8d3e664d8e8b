using System.Globalization;
using Archive.Core.Catalog;
using Archive.Web.Ui;
using Microsoft.Extensions.Localization;

namespace Archive.Web.Components.Pages.Reader;

/// <summary>
/// "Copy with citation": the clause text, then resolution number and title, clause label, and the link, in the interface
/// language. The server writes it whole (the clause page shows it, every clause's copy button carries it); the script
/// only copies it.
/// </summary>
public static class Citation
{
    public static string For(ResolutionDetail r, ClauseDetail c, UiState ui, IStringLocalizer l, Uri site)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(site);
        var url = new Uri(site, Link(ui, r.Number, c.Id));
        return $"«{InterfaceText.Clause(ui, c)}»\n{Attribution(r, c, ui, l)}\n{url}";
    }

    /// <summary>
    /// The link a citation carries: the clause in its resolution, in the interface language the citation is written in,
    /// without the citing reader's view (translations shown, layout), so every view of a clause cites it alike.
    /// </summary>
    public static string Link(UiState ui, int number, string clauseId)
    {
        ArgumentNullException.ThrowIfNull(ui);
        return ui.Link($"/resolutions/{number}", clauseId, translations: ui.DefaultTranslations(ui.Ui), layout: ReaderLayout.Side);
    }

    /// <summary>"— Resolution 1: title; Clause (b) of resolution 1", in the interface language.</summary>
    private static string Attribution(ResolutionDetail r, ClauseDetail c, UiState ui, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentNullException.ThrowIfNull(l);
        var label = ClauseLabels.ForInterface(ui, c.Kind, c.Id, c.Label);
        var resolution = string.Format(CultureInfo.InvariantCulture, l["ResolutionN"], ui.Num(r.Number));
        var clause = string.Format(CultureInfo.InvariantCulture, l["ClauseOf"], label, ui.Num(r.Number));
        return $"— {resolution}: {InterfaceText.Title(ui, r)}; {clause}";
    }
}
