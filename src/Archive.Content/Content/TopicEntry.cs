namespace Archive.Core.Content;

/// <summary>
/// An entry of content/topics.yml: slug, labels by language, and the resolutions on the topic, in any collection, as
/// references (<c>other-collection/3</c>; a plain number is one of the first collection).
/// </summary>
public sealed class TopicEntry
{
    public string? Slug { get; set; }

    public Dictionary<string, string> Labels { get; set; } = new(StringComparer.Ordinal);

    public List<string> Resolutions { get; set; } = [];
}
