using Archive.Core.Catalog;

namespace Archive.Web.Ui;

/// <summary>
/// What a page, a description or a citation quotes: the translation in the interface language when there is one,
/// else the original. The one place this choice is made.
/// </summary>
public static class InterfaceText
{
    /// <summary>The clause's text in the interface language, else the original.</summary>
    public static string Clause(UiState ui, ClauseDetail clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return Choose(ui, clause.Translations, t => t.Text, clause.Text);
    }

    /// <summary>The resolution's title in the interface language, else the original.</summary>
    public static string Title(UiState ui, ResolutionDetail resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        return Choose(ui, resolution.Versions, v => v.Title, resolution.Title);
    }

    /// <summary>A title in the interface language from titles by language, else the original.</summary>
    public static string Title(UiState ui, IReadOnlyDictionary<string, string> titles, string original) =>
        Choose(ui, titles, t => t, original);

    private static string Choose<T>(UiState ui, IReadOnlyDictionary<string, T> translations, Func<T, string> text, string original)
    {
        ArgumentNullException.ThrowIfNull(ui);
        return !ui.IsPersian && translations.TryGetValue(ui.Ui, out var translation) ? text(translation) : original;
    }
}
