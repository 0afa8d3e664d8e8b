namespace Archive.Core.Exports;

/// <summary>A glossary term of the originals (the archive's vocabulary) and its rendering by translation language.</summary>
public sealed record BundleGlossaryTerm(string Original, string? Note, IReadOnlyDictionary<string, string> Renderings);
