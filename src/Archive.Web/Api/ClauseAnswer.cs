using Archive.Core.Catalog;

namespace Archive.Web.Api;

/// <summary>
/// The answer of <c>GET /api/collections/{slug}/resolutions/{number}/clauses/{id}</c>: the clause, its collection, its
/// resolution's number and title, and its link.
/// </summary>
public sealed record ClauseAnswer(string Collection, int Resolution, string Title, ClauseDetail Clause, string Url);
