namespace Archive.Core.Texts;

/// <summary>A collection's title in one language.</summary>
public sealed class CollectionTitle
{
    public required string Language { get; set; }

    public required string Text { get; set; }
}
