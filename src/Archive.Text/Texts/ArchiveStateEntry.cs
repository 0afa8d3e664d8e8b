namespace Archive.Core.Texts;

/// <summary>A key/value row of archive-wide state, such as the import generation the search index follows.</summary>
public sealed class ArchiveStateEntry
{
    public const string GenerationKey = "generation";

    public required string Key { get; set; }

    public required string Value { get; set; }
}
