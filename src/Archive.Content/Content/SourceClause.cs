namespace Archive.Core.Content;

/// <summary>A clause of the original, as the content checks need it: resolution, id, text.</summary>
public sealed record SourceClause(int Resolution, string Id, string Text);
