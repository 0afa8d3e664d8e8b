namespace Archive.Core.Catalog;

/// <summary>A clause as printed, with its translations by language code.</summary>
public sealed record ClauseDetail(
    string Id,
    string Label,
    string Kind,
    string Text,
    IReadOnlyDictionary<string, ClauseTranslationDetail> Translations);
