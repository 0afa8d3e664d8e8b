namespace Archive.Core.Search.Analysis;

/// <summary>
/// One token of an analysed text: the indexed term, its UTF-16 offsets in the original string
/// (<paramref name="End"/> exclusive) and its position increment (0 = same position as the token before,
/// as for the joined pair terms of <see cref="PersianAnalyzer"/>).
/// </summary>
public sealed record AnalyzedToken(string Term, int Start, int End, int PositionIncrement);
