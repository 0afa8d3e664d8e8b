namespace Archive.Core.Texts;

/// <summary>How a clause is labelled in the printed text.</summary>
public enum ClauseKind
{
    /// <summary>An unlabelled paragraph; ids <c>p1</c>, <c>p2</c>, …</summary>
    Paragraph,

    /// <summary>A lettered item (الف-, ب-, …); ids <c>a</c>, <c>b</c>, … by abjad position.</summary>
    Lettered,

    /// <summary>A numbered item (١-, ٢-, …); ids are the ASCII number.</summary>
    Numbered,
}
