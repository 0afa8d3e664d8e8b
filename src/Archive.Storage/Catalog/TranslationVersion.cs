namespace Archive.Core.Catalog;

/// <summary>A resolution's translation into one language: title, status, translator, date.</summary>
public sealed record TranslationVersion(string Language, string Title, string Status, string Translator, string? Date);
