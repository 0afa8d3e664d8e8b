namespace Archive.Core.Exports;

/// <summary>A clause as printed (id, label, marker, kind, text) with its reference, canonical path and translations.</summary>
public sealed record BundleClause(
    string Id,
    string Ref,
    string Url,
    string Label,
    string Marker,
    string Kind,
    string Text,
    int SourceLine,
    IReadOnlyList<BundleClauseTranslation> Translations);
