namespace Archive.Core.Exports;

/// <summary>A clause's translation: the Markdown as written, its safe HTML and plain text, status, source, and the SHA-256 of the Markdown.</summary>
public sealed record BundleClauseTranslation(string Language, string Markdown, string Html, string PlainText, string Status, string Source, string ContentHash);
