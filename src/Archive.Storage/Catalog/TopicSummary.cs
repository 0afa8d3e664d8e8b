namespace Archive.Core.Catalog;

/// <summary>A topic with its labels by language and its resolutions, in any collection, as references (<c>wpi-congress-12/1</c>).</summary>
public sealed record TopicSummary(string Slug, IReadOnlyDictionary<string, string> Labels, IReadOnlyList<string> Resolutions)
{
    public string LabelFor(string language) =>
        Labels.TryGetValue(language, out var l) ? l : Labels.TryGetValue("en", out var en) ? en : Slug;
}
