namespace Archive.Core.Catalog;

/// <summary>
/// A collection as the home page, <c>GET /api/collections</c> and the command list it: slug, title (in the original's
/// language, else the first given) and titles by language, body, event, date where stated, the original's language and
/// direction, its input format and how many resolutions it holds.
/// </summary>
public sealed record CollectionSummary(
    string Slug,
    string Title,
    IReadOnlyDictionary<string, string> Titles,
    string? Body,
    string? Event,
    string? Date,
    string Language,
    string Direction,
    string Format,
    int Resolutions)
{
    /// <summary>The title in <paramref name="language"/>, else in the original's language, else the slug.</summary>
    public string TitleIn(string language) => Titles.TryGetValue(language, out var t) ? t : Title;
}
