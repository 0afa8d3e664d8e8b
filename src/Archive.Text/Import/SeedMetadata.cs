namespace Archive.Core.Import;

/// <summary>What a collection folder's <c>metadata.yml</c> says about its text (only what the text itself states).</summary>
public sealed class SeedMetadata
{
    /// <summary>The collection's slug; when unset, the folder's name.</summary>
    public string? Collection { get; set; }

    /// <summary>The collection's title by language code.</summary>
    public Dictionary<string, string> Title { get; set; } = new(StringComparer.Ordinal);

    public string? Body { get; set; }

    /// <summary>The body's name in the original's language.</summary>
    public string? BodyFa { get; set; }

    /// <summary>The event (congress, plenum); <see cref="Congress"/> is its older name.</summary>
    public string? Event { get; set; }

    public string? Congress { get; set; }

    /// <summary>The congress's name in the original's language (of <see cref="Event"/>).</summary>
    public string? CongressFa { get; set; }

    /// <summary>The date the collection states for its texts (ISO 8601, as precise as stated); unset when none is stated.</summary>
    public string? Date { get; set; }

    /// <summary>The text's language code; when unset, the one the file name carries (<c>resolutions.&lt;code&gt;.txt</c>), else the archive's default language (<see cref="Texts.Languages.LanguageRulesRegistry.Default"/>).</summary>
    public string? Language { get; set; }

    /// <summary>"rtl" or "ltr"; when unset, the language rules' direction.</summary>
    public string? Direction { get; set; }

    /// <summary>The input format (<see cref="Texts.SeedFormats"/>); when unset, plain text.</summary>
    public string? Format { get; set; }

    /// <summary>The seed file of a plain-text collection, relative to its folder; when unset, every <c>*.txt</c> in it.</summary>
    public string? Source { get; set; }

    /// <summary>A copy for one file, with the language and direction that file is read in.</summary>
    public SeedMetadata WithLanguage(string language, string direction) => new()
    {
        Collection = Collection,
        Title = Title,
        Body = Body,
        BodyFa = BodyFa,
        Event = Event,
        Congress = Congress,
        CongressFa = CongressFa,
        Date = Date,
        Language = language,
        Direction = direction,
        Format = Format,
        Source = Source,
    };
}
