using Archive.Core.Citations;

namespace Archive.Web.Ui;

/// <summary>How a clause's label reads in a translation and in the interface (the rules are <see cref="PinpointLabel"/>'s).</summary>
public static class ClauseLabels
{
    public static string ForTranslation(string kind, string id) => PinpointLabel.ForTranslation(kind, id);

    /// <summary>The label as the interface shows it in text: the printed label in Persian, the translation label in English.</summary>
    public static string ForInterface(UiState ui, string kind, string id, string printedLabel)
    {
        ArgumentNullException.ThrowIfNull(ui);
        return PinpointLabel.For(ui.Rules, ui.IsPersian, kind, id, printedLabel);
    }
}
