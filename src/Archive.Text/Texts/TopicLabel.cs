namespace Archive.Core.Texts;

public sealed class TopicLabel
{
    public int TopicId { get; set; }

    public required string Language { get; set; }

    public required string Label { get; set; }
}
