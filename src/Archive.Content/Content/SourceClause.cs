namespace Archive.Core.Content;

/// <summary>A clause of an original, as the content checks need it: collection, resolution, id, text.</summary>
public sealed record SourceClause(string Collection, int Resolution, string Id, string Text);
