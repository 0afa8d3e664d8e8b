namespace Archive.Core.Catalog;

/// <summary>A topic with its labels by language and its resolutions, in any collection, as references (<c>wpi-congress-12/1</c>).</summary>
public sealed record TopicSummary(string Slug, IReadOnlyDictionary<string, string> Labels, IReadOnlyList<string> Resolutions)
{
    public string LabelFor(string language) => Label(Labels, language, Slug);

    /// <summary>The label in <paramref name="language"/>, else the English one, else the slug.</summary>
    public static string Label(IReadOnlyDictionary<string, string> labels, string language, string slug)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return labels.TryGetValue(language, out var l) ? l : labels.TryGetValue("en", out var en) ? en : slug;
    }
}
