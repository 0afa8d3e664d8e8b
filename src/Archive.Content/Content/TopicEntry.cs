namespace Archive.Core.Content;

/// <summary>An entry of content/topics.yml: slug, labels by language, and the resolutions on the topic.</summary>
public sealed class TopicEntry
{
    public string? Slug { get; set; }

    public Dictionary<string, string> Labels { get; set; } = new(StringComparer.Ordinal);

    public List<int> Resolutions { get; set; } = [];
}
