namespace Archive.Core.Search.Queries;

/// <summary>One word, phrase or prefix as typed (without quotes or star).</summary>
public sealed record QueryTerm(QueryTermKind Kind, string Text);
