namespace Archive.Core.Content;

/// <summary>An entry of content/languages.yml.</summary>
public sealed class LanguageEntry
{
    public string? Code { get; set; }

    public string? NativeName { get; set; }

    public string? EnglishName { get; set; }

    public string? Direction { get; set; }

    public string? NotTranslated { get; set; }
}
