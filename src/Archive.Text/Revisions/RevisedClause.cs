namespace Archive.Core.Revisions;

/// <summary>A clause of one revision as <see cref="ClauseDiff"/> compares it: its id, printed marker and text.</summary>
public sealed record RevisedClause(string Id, string Marker, string Text);
