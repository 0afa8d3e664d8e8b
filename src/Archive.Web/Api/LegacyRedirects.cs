using Microsoft.AspNetCore.Http.HttpResults;
using Archive.Core.Catalog;
using Archive.Core.Texts;

namespace Archive.Web.Api;

/// <summary>
/// The addresses from before collections (<c>/resolutions/{n}</c>, <c>/resolutions/{n}/{clause}</c>,
/// <c>/api/resolutions/{n}</c>, <c>/api/resolutions/{n}/clauses/{id}</c>) answer a permanent redirect (308, the method kept: HEAD stays HEAD) to the same
/// text in the first collection, query string kept; a number that names no resolution is answered as before.
/// </summary>
internal static class LegacyRedirects
{
    public static IEndpointRouteBuilder MapLegacyRedirects(this IEndpointRouteBuilder app)
    {
        app.MapGet("/resolutions/{number}", (string number, HttpRequest request, ResolutionCatalog catalog, CollectionCatalog collections, CancellationToken ct) =>
            RedirectPageAsync(request, number, null, catalog, collections, ct)).AllowHead().ExcludeFromDescription();
        app.MapGet("/resolutions/{number}/{clause}", (string number, string clause, HttpRequest request, ResolutionCatalog catalog, CollectionCatalog collections, RevisionCatalog revisions, CancellationToken ct) =>
            RedirectPageAsync(request, number, clause, catalog, collections, ct, revisions)).AllowHead().ExcludeFromDescription();

        var api = app.MapGroup("/api").AsPublicApi();
        api.MapGet("/resolutions/{number}", async Task<IResult> (string number, HttpRequest request, ResolutionCatalog catalog, CollectionCatalog collections, CancellationToken ct) =>
        {
            var (r, problem) = await ResolutionApi.FindAsync(await collections.FirstSlugAsync(ct), number, catalog, ct);
            return r is null ? problem! : Redirect(request, r.Reference.ApiPath);
        }).ExcludeFromDescription();
        api.MapGet("/resolutions/{number}/clauses/{id}", async Task<IResult> (string number, string id, HttpRequest request, ResolutionCatalog catalog, CollectionCatalog collections, CancellationToken ct) =>
        {
            if (!TextRef.IsValidClauseId(id))
            {
                return ApiProblem.BadParameter("id", "must be 1–16 lower-case ASCII letters, digits or '_', such as p1, a or 12", id);
            }

            var (r, problem) = await ResolutionApi.FindAsync(await collections.FirstSlugAsync(ct), number, catalog, ct);
            return r is null ? problem! : Redirect(request, (r.Reference with { Clause = id }).ApiPath);
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// The page of the same text in the first collection (for a clause a revision removed, its 410 page there), or 404
    /// (the not-found page) where there was none before either.
    /// </summary>
    private static async Task<IResult> RedirectPageAsync(HttpRequest request, string number, string? clause, ResolutionCatalog catalog, CollectionCatalog collections, CancellationToken ct, RevisionCatalog? revisions = null)
    {
        var first = await collections.FirstSlugAsync(ct);
        if (!TextRef.TryParse(number, first, out var reference) || (clause is not null && !TextRef.IsValidClauseId(clause)))
        {
            return TypedResults.NotFound();
        }

        var r = await catalog.GetAsync(first, reference.Value.Resolution, ct);
        var known = r is not null && (clause is null || r.Clauses.Any(c => string.Equals(c.Id, clause, StringComparison.Ordinal))
            || (revisions is not null && await revisions.RetiredAsync(first, r.Number, clause, ct) is not null));
        return known ? Redirect(request, (r!.Reference with { Clause = clause }).Path) : TypedResults.NotFound();
    }

    private static RedirectHttpResult Redirect(HttpRequest request, string path) =>
        TypedResults.Redirect(request.PathBase + path + request.QueryString, permanent: true, preserveMethod: true);
}
