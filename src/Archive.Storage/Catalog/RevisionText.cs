using Archive.Core.Revisions;

namespace Archive.Core.Catalog;

/// <summary>A resolution as one revision had it: the revision, its count among all, when it was imported, the heading and the clauses.</summary>
public sealed record RevisionText(int Revision, int Latest, DateTimeOffset ImportedAt, string Heading, IReadOnlyList<RevisedClause> Clauses);
