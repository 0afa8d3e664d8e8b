using Archive.Core.Catalog;

namespace Archive.Web.Ui;

/// <summary>
/// A collection's title as the interface shows it, with the language and direction it is written in: the title in the
/// interface language; else, in an interface other than the original's, the English title (as the resolution lists
/// fall back to English titles), since a reader who chose a translated interface may not read the original's script;
/// else the original's title.
/// </summary>
public sealed record ShownCollectionTitle(string Text, string Language, string Direction)
{
    /// <summary>The language a translated interface falls back to when a collection has no title in it.</summary>
    public const string FallbackLanguage = "en";

    public static ShownCollectionTitle Of(UiState ui, CollectionSummary collection)
    {
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentNullException.ThrowIfNull(collection);
        if (collection.Titles.TryGetValue(ui.Ui, out var own))
        {
            return new(own, ui.Ui, ui.Dir);
        }

        return !ui.IsPersian && collection.Titles.TryGetValue(FallbackLanguage, out var english)
            ? new(english, FallbackLanguage, ui.Languages.Rules(FallbackLanguage).Direction)
            : new(collection.Title, collection.Language, collection.Direction);
    }
}
