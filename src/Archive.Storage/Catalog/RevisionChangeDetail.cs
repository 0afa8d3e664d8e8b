namespace Archive.Core.Catalog;

/// <summary>What one revision did to one clause (added, edited, removed, moved, relabelled), with its text and position before and after.</summary>
public sealed record RevisionChangeDetail(string Clause, string Change, string? OldText, string? NewText, int? OldPosition, int? NewPosition);
