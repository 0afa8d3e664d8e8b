namespace Archive.Core.Citations;

/// <summary>
/// Everything a citation of one resolution or clause states, gathered once in the language it is written in; the
/// formats (<see cref="CitationFormatter"/>) only arrange it.
/// </summary>
/// <param name="Ref">What is cited.</param>
/// <param name="Url">The canonical absolute link (no view parameters).</param>
/// <param name="Language">The language the citation is written in (the interface language).</param>
/// <param name="Title">The resolution's title in <paramref name="TitleLanguage"/>: the translation into the citation's language, else the original.</param>
/// <param name="TitleLanguage">The language of <paramref name="Title"/>, which is also the language of the text cited.</param>
/// <param name="Pinpoint">The clause's label as the citation's language writes it (<c>(b)</c>, <c>ب</c>, <c>¶2</c>); null for a whole resolution.</param>
/// <param name="Author">The body that adopted the text, in the citation's language where stated; null when none is stated.</param>
/// <param name="Event">The event (congress) in the citation's language; null when none is stated.</param>
/// <param name="Collection">The collection's slug.</param>
/// <param name="Date">The date the collection states (ISO 8601, as precise as stated); null when it states none.</param>
/// <param name="Accessed">The day the citation was made.</param>
public sealed record CitationSource(
    Texts.TextRef Ref,
    Uri Url,
    string Language,
    string Title,
    string TitleLanguage,
    string? Pinpoint,
    string? Author,
    string? Event,
    string Collection,
    string? Date,
    DateOnly Accessed)
{
    /// <summary>The year of <see cref="Date"/>, when one is stated.</summary>
    public int? Year => Date is { Length: >= 4 } d && int.TryParse(d.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
}
