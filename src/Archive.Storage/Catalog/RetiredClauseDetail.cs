namespace Archive.Core.Catalog;

/// <summary>A clause removed by a revision of the original: its id, the marker and text it last had, when and by which revision it was removed.</summary>
public sealed record RetiredClauseDetail(string Id, string Marker, string Text, DateTimeOffset RemovedAt, int Revision);
