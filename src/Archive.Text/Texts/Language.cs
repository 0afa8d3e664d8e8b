namespace Archive.Core.Texts;

/// <summary>A language the archive holds text in, as content/languages.yml describes it.</summary>
public sealed class Language
{
    /// <summary>BCP 47 code, e.g. <c>fa</c>, <c>en</c>, <c>de</c>.</summary>
    public required string Code { get; set; }

    /// <summary>The language's name in itself (فارسی, English, Deutsch).</summary>
    public required string NativeName { get; set; }

    public required string EnglishName { get; set; }

    /// <summary><c>rtl</c> or <c>ltr</c>.</summary>
    public required string Direction { get; set; }

    /// <summary>"Not translated yet" in this language, shown in its panel where a clause has no translation.</summary>
    public string? NotTranslated { get; set; }

    public int Ordinal { get; set; }
}
