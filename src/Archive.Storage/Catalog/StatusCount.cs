namespace Archive.Core.Catalog;

/// <summary>How many clauses of a resolution have a translation in a language with a status (draft, reviewed, approved, outdated).</summary>
public sealed record StatusCount(string Language, string Status, int Clauses);
