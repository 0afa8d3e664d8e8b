namespace Archive.Core.Revisions;

/// <summary>One piece of a <see cref="WordDiff"/>: its words joined by a space, and whether they were kept (0), removed (-1) or inserted (+1).</summary>
public readonly record struct DiffPiece(string Text, int Kind);
