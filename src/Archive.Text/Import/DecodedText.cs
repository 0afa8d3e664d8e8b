namespace Archive.Core.Import;

/// <summary>The text of an input file and how it was decoded; <see cref="Text"/> is null when it could not be.</summary>
public sealed record DecodedText(string? Text, string Encoding, IReadOnlyList<ImportDiagnostic> Diagnostics);
