namespace Archive.Core.Import;

/// <summary>What a seed folder's <c>metadata.yml</c> says about its text (only what the text itself states).</summary>
public sealed class SeedMetadata
{
    public string? Collection { get; set; }

    public string? Body { get; set; }

    public string? BodyFa { get; set; }

    public string? Congress { get; set; }

    public string Language { get; set; } = "fa";

    public string Direction { get; set; } = "rtl";

    public string? Source { get; set; }
}
