namespace Archive.Core.Texts;

/// <summary>A subject to browse by (labour, women's rights, …) with a label per language.</summary>
public sealed class Topic
{
    public int Id { get; set; }

    /// <summary>ASCII slug, the URL segment (<c>/topics/{Slug}</c>).</summary>
    public required string Slug { get; set; }

    public int Ordinal { get; set; }

    public List<TopicLabel> Labels { get; } = [];

    public List<Resolution> Resolutions { get; } = [];

    /// <summary>The label in <paramref name="language"/>, else English, else the slug.</summary>
    public string LabelFor(string language) =>
        Labels.FirstOrDefault(l => l.Language == language)?.Label
        ?? Labels.FirstOrDefault(l => l.Language == "en")?.Label
        ?? Slug;
}
