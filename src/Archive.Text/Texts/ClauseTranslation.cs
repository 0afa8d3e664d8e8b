namespace Archive.Core.Texts;

/// <summary>A clause's text in one translation language, with its review status and source.</summary>
public sealed class ClauseTranslation
{
    public int Id { get; set; }

    public int ClauseId { get; set; }

    public Clause? Clause { get; set; }

    /// <summary>BCP 47 language code (<c>en</c>, <c>de</c>).</summary>
    public required string Language { get; set; }

    /// <summary>The Markdown as written in content/.</summary>
    public required string Markdown { get; set; }

    /// <summary>The Markdown rendered to safe HTML (raw HTML disabled, then sanitised).</summary>
    public required string Html { get; set; }

    /// <summary>The rendered text without markup, for search and citations.</summary>
    public required string PlainText { get; set; }

    public TranslationStatus Status { get; set; }

    /// <summary>Translator or source, as the front matter says.</summary>
    public required string Source { get; set; }

    /// <summary>
    /// The hash of the original text the translation was made from (<c>source=</c> in its block, <see cref="Revisions.TextHash"/>);
    /// when it is not the hash of the clause's text now, <see cref="Status"/> is <see cref="TranslationStatus.Outdated"/>.
    /// </summary>
    public string? SourceHash { get; set; }

    /// <summary>SHA-256 of <see cref="Markdown"/>, to see what changed between imports.</summary>
    public required string ContentHash { get; set; }
}
