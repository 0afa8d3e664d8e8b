namespace Archive.Core.Exports;

/// <summary>A language of the archive, as content/languages.yml describes it.</summary>
public sealed record BundleLanguage(string Code, string NativeName, string EnglishName, string Direction, string? NotTranslated);
