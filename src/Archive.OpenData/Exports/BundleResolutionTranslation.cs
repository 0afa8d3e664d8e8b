namespace Archive.Core.Exports;

/// <summary>A resolution's translation into one language: title, status, translator, date and the content file it came from.</summary>
public sealed record BundleResolutionTranslation(string Language, string Title, string Status, string Translator, string? Date, string File);
