using System.Globalization;

namespace Archive.Web.Ui;

/// <summary>How a clause's label reads in a translation: lettered items as (a), numbered items as 1.</summary>
public static class ClauseLabels
{
    public static string ForTranslation(string kind, string id) => kind switch
    {
        "lettered" => string.Create(CultureInfo.InvariantCulture, $"({id})"),
        "numbered" => string.Create(CultureInfo.InvariantCulture, $"{id}."),
        _ => string.Empty,
    };

    /// <summary>The label as the interface shows it in text: the printed label in Persian, the translation label in English.</summary>
    public static string ForInterface(UiState ui, string kind, string id, string printedLabel)
    {
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentNullException.ThrowIfNull(id);
        if (kind == "paragraph")
        {
            // p3 → ¶3; in the Persian interface پ۳ (the interface language's paragraph mark)
            return ui.Rules.ParagraphMark + ui.Digits(id[1..]);
        }

        return ui.IsPersian ? printedLabel : ForTranslation(kind, id);
    }
}
