namespace Archive.Core.Catalog;

/// <summary>A clause's translation: plain text, safe HTML, review status and translator or source.</summary>
public sealed record ClauseTranslationDetail(string Text, string Html, string Status, string Source);
