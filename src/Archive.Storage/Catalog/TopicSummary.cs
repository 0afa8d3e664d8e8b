namespace Archive.Core.Catalog;

/// <summary>A topic with its labels by language and the numbers of its resolutions.</summary>
public sealed record TopicSummary(string Slug, IReadOnlyDictionary<string, string> Labels, IReadOnlyList<int> Resolutions)
{
    public string LabelFor(string language) =>
        Labels.TryGetValue(language, out var l) ? l : Labels.TryGetValue("en", out var en) ? en : Slug;
}
