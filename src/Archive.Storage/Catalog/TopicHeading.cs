namespace Archive.Core.Catalog;

/// <summary>A topic as lists and chips show it: its slug, its labels by language, and how many resolutions it has (counted, not loaded).</summary>
public sealed record TopicHeading(string Slug, IReadOnlyDictionary<string, string> Labels, int Resolutions)
{
    public string LabelFor(string language) => TopicSummary.Label(Labels, language, Slug);
}
