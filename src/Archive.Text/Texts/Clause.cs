namespace Archive.Core.Texts;

/// <summary>One clause of a resolution, stored exactly as printed.</summary>
public sealed class Clause
{
    public int Id { get; set; }

    public int ResolutionId { get; set; }

    public Resolution? Resolution { get; set; }

    /// <summary>The stable clause id within the resolution (<c>p1</c>, <c>a</c>, <c>12</c>); the URL anchor.</summary>
    public required string Key { get; set; }

    /// <summary>1-based position within the resolution.</summary>
    public int Ordinal { get; set; }

    public ClauseKind Kind { get; set; }

    /// <summary>The printed label (الف, ١٢), empty for paragraphs.</summary>
    public string Label { get; set; } = string.Empty;

    /// <summary>The printed marker before the text: label, dash and spaces as printed (e.g. "٧ - ").</summary>
    public string Marker { get; set; } = string.Empty;

    public required string Text { get; set; }

    public int SourceLine { get; set; }

    public List<ClauseTranslation> Translations { get; } = [];
}
