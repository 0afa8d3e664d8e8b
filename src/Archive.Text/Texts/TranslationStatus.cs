namespace Archive.Core.Texts;

/// <summary>How far a translation has been checked by people.</summary>
public enum TranslationStatus
{
    /// <summary>No human translator has reviewed it yet.</summary>
    Draft,

    /// <summary>A human translator has reviewed it against the original.</summary>
    Reviewed,

    /// <summary>Approved for citation by the editors.</summary>
    Approved,

    /// <summary>The original changed after the translation was made; it must be checked again.</summary>
    Outdated,
}
