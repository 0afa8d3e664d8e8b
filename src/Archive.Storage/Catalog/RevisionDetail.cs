namespace Archive.Core.Catalog;

/// <summary>One revision of a resolution: its number, when it was imported, the seed's SHA-256 and the clauses it changed.</summary>
public sealed record RevisionDetail(int Revision, DateTimeOffset ImportedAt, string SourceSha256, IReadOnlyList<RevisionChangeDetail> Changes);
