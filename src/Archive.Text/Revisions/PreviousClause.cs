using Archive.Core.Texts;

namespace Archive.Core.Revisions;

/// <summary>A clause as the archive holds it before a new revision of the original is imported.</summary>
public sealed record PreviousClause(string Id, ClauseKind Kind, string Label, string Text);
