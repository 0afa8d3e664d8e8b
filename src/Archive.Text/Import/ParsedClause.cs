using Archive.Core.Texts;

namespace Archive.Core.Import;

/// <summary>
/// One clause as printed: its stable id, kind, printed label ("" for paragraphs), the printed marker
/// before the text (label, dash and spaces exactly as printed, e.g. "٧ - "), the verbatim text and its source line.
/// <c>Marker + Text</c> is the source line with outer white space trimmed.
/// </summary>
public sealed record ParsedClause(string Id, ClauseKind Kind, string Label, string Marker, string Text, int Line);
