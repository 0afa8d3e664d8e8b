namespace Archive.Core.Catalog;

/// <summary>A language of the archive: code, names and direction, and whether the originals are in it (else it is a translation language).</summary>
public sealed record LanguageInfo(string Code, string NativeName, string EnglishName, string Direction, string? NotTranslated, bool IsOriginal);
