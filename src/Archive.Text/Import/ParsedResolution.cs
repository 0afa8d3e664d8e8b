using Archive.Core.Texts;

namespace Archive.Core.Import;

/// <summary>
/// One resolution as printed. <see cref="Heading"/> is the whole heading line (trimmed);
/// <see cref="Title"/> is the heading without a printed number such as "١٦- ".
/// </summary>
public sealed record ParsedResolution(
    int Number,
    ResolutionKind Kind,
    string Heading,
    string Title,
    string? PrintedNumber,
    int Line,
    IReadOnlyList<ParsedClause> Clauses);
