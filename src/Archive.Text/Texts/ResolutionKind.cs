namespace Archive.Core.Texts;

/// <summary>The word a resolution's heading starts with.</summary>
public enum ResolutionKind
{
    /// <summary>قطعنامه — serialised as <c>qatnameh</c>.</summary>
    Qatnameh,

    /// <summary>قرار — serialised as <c>qarar</c>.</summary>
    Qarar,
}
