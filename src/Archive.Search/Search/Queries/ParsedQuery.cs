namespace Archive.Core.Search.Queries;

/// <summary>A query split into clauses: every clause not excluded must match, no excluded clause may.</summary>
public sealed record ParsedQuery(IReadOnlyList<QueryClause> Clauses);
