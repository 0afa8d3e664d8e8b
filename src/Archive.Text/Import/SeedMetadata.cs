namespace Archive.Core.Import;

/// <summary>What a seed folder's <c>metadata.yml</c> says about its text (only what the text itself states).</summary>
public sealed class SeedMetadata
{
    public string? Collection { get; set; }

    public string? Body { get; set; }

    public string? BodyFa { get; set; }

    public string? Congress { get; set; }

    /// <summary>The text's language code; when unset, the one the file name carries (<c>resolutions.&lt;code&gt;.txt</c>), else the archive's default language (<see cref="Texts.Languages.LanguageRulesRegistry.Default"/>).</summary>
    public string? Language { get; set; }

    /// <summary>"rtl" or "ltr"; when unset, the language rules' direction.</summary>
    public string? Direction { get; set; }

    public string? Source { get; set; }
}
