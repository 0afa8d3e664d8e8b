using System.Globalization;
using Archive.Core.Catalog;
using Archive.Web.Ui;
using Microsoft.Extensions.Localization;

namespace Archive.Web.Components.Pages.Reader;

/// <summary>"Copy with citation": the clause text, then resolution number and title, clause label, and the link, in the interface language.</summary>
public static class Citation
{
    public static string For(ResolutionDetail r, ClauseDetail c, UiState ui, IStringLocalizer l, string absoluteUrl)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(ui);
        var useTranslation = !ui.IsPersian && c.Translations.ContainsKey(ui.Ui);
        var text = useTranslation ? c.Translations[ui.Ui].Text : c.Text;
        return $"«{text}»\n{Attribution(r, c, ui, l)}\n{absoluteUrl}";
    }

    /// <summary>"— Resolution 1: title; Clause (b) of resolution 1", in the interface language.</summary>
    public static string Attribution(ResolutionDetail r, ClauseDetail c, UiState ui, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentNullException.ThrowIfNull(l);
        var title = !ui.IsPersian && r.Versions.TryGetValue(ui.Ui, out var v) ? v.Title : r.Title;
        var label = ClauseLabels.ForInterface(ui, c.Kind, c.Id, c.Label);
        var resolution = string.Format(CultureInfo.InvariantCulture, l["ResolutionN"], ui.Num(r.Number));
        var clause = string.Format(CultureInfo.InvariantCulture, l["ClauseOf"], label, ui.Num(r.Number));
        return $"— {resolution}: {title}; {clause}";
    }
}
