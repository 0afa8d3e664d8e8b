namespace Archive.Core.Citations;

/// <summary>
/// What a collection's <c>metadata.yml</c> states about its texts, as citations use it: its slug, the body that adopted
/// them (the author) and the event (the congress) by language, and a date only where one is stated.
/// </summary>
public sealed record CollectionDescription(
    string Slug,
    string OriginalLanguage,
    IReadOnlyDictionary<string, string> Body,
    IReadOnlyDictionary<string, string> Event,
    string? Date)
{
    /// <summary>The body's name in <paramref name="language"/>, else in English, else in the original's language; null when none is stated.</summary>
    public string? BodyIn(string language) => In(Body, language);

    /// <summary>The event's name in <paramref name="language"/>, else in English, else in the original's language.</summary>
    public string? EventIn(string language) => In(Event, language);

    private string? In(IReadOnlyDictionary<string, string> names, string language) =>
        names.TryGetValue(language, out var name) ? name
        : names.TryGetValue("en", out var english) ? english
        : names.GetValueOrDefault(OriginalLanguage);
}
