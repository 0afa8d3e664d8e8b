namespace Archive.Core.Content;

/// <summary>An entry of content/glossary.yml: a key term in Persian and its rendering in each translation language.</summary>
public sealed class GlossaryEntry
{
    public string? Fa { get; set; }

    public Dictionary<string, string> Terms { get; set; } = new(StringComparer.Ordinal);

    public string? Note { get; set; }
}
