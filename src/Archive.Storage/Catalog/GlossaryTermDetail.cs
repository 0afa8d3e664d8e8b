namespace Archive.Core.Catalog;

/// <summary>A glossary term: the original, its rendering per translation language, and the translators' note.</summary>
public sealed record GlossaryTermDetail(string Original, IReadOnlyDictionary<string, string> Renderings, string? Note);
