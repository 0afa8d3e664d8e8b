namespace Archive.Core.Texts;

/// <summary>The stable lower-case names of the text kinds, as they appear in JSON and URLs.</summary>
public static class TextKinds
{
    public static string Name(ResolutionKind kind) => kind switch
    {
        ResolutionKind.Qatnameh => "qatnameh",
        ResolutionKind.Qarar => "qarar",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Name(ClauseKind kind) => kind switch
    {
        ClauseKind.Paragraph => "paragraph",
        ClauseKind.Lettered => "lettered",
        ClauseKind.Numbered => "numbered",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
