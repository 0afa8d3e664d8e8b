namespace Archive.Core.Search.Queries;

/// <summary>A required (or, with <see cref="Excluded"/>, forbidden) part of a query: one term or alternatives joined by OR.</summary>
public sealed record QueryClause(IReadOnlyList<QueryTerm> Alternatives, bool Excluded);
