namespace Archive.Core.Catalog;

/// <summary>A language of the archive: code, names and direction.</summary>
public sealed record LanguageInfo(string Code, string NativeName, string EnglishName, string Direction, string? NotTranslated);
