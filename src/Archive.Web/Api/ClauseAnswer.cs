using Archive.Core.Catalog;

namespace Archive.Web.Api;

/// <summary>The answer of <c>GET /api/resolutions/{number}/clauses/{id}</c>: the clause, its resolution's number and title, and its link.</summary>
public sealed record ClauseAnswer(int Resolution, string Title, ClauseDetail Clause, string Url);
