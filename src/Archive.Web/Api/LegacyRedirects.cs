using Microsoft.AspNetCore.Http.HttpResults;
using Archive.Core.Catalog;
using Archive.Core.Texts;

namespace Archive.Web.Api;

/// <summary>
/// The addresses from before collections (<c>/resolutions/{n}</c>, <c>/resolutions/{n}/{clause}</c>,
/// <c>/api/resolutions/{n}</c>, <c>/api/resolutions/{n}/clauses/{id}</c>) answer a permanent redirect (301) to the same
/// text in the first collection, query string kept; a number that names no resolution is answered as before.
/// </summary>
internal static class LegacyRedirects
{
    public static IEndpointRouteBuilder MapLegacyRedirects(this IEndpointRouteBuilder app)
    {
        app.MapGet("/resolutions/{number:int}", (int number, HttpRequest request, CollectionCatalog collections, CancellationToken ct) =>
            RedirectAsync(request, collections, first => new TextRef(first, number).Path, ct)).AllowHead().ExcludeFromDescription();
        app.MapGet("/resolutions/{number:int}/{clause}", (int number, string clause, HttpRequest request, CollectionCatalog collections, CancellationToken ct) =>
            RedirectAsync(request, collections, first => new TextRef(first, number, clause).Path, ct)).AllowHead().ExcludeFromDescription();

        var api = app.MapGroup("/api").AsPublicApi();
        api.MapGet("/resolutions/{number}", async Task<IResult> (string number, HttpRequest request, ResolutionCatalog catalog, CollectionCatalog collections, CancellationToken ct) =>
        {
            var (r, problem) = await ResolutionApi.FindAsync(await collections.FirstSlugAsync(ct) ?? string.Empty, number, catalog, ct);
            return r is null ? problem! : Redirect(request, r.Reference.ApiPath);
        }).ExcludeFromDescription();
        api.MapGet("/resolutions/{number}/clauses/{id}", async Task<IResult> (string number, string id, HttpRequest request, ResolutionCatalog catalog, CollectionCatalog collections, CancellationToken ct) =>
        {
            if (!TextRef.IsValidClauseId(id))
            {
                return ApiProblem.BadParameter("id", "must be 1–16 lower-case ASCII letters, digits or '_', such as p1, a or 12", id);
            }

            var (r, problem) = await ResolutionApi.FindAsync(await collections.FirstSlugAsync(ct) ?? string.Empty, number, catalog, ct);
            return r is null ? problem! : Redirect(request, (r.Reference with { Clause = id }).ApiPath);
        }).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> RedirectAsync(HttpRequest request, CollectionCatalog collections, Func<string, string> path, CancellationToken ct) =>
        await collections.FirstSlugAsync(ct) is { } first ? Redirect(request, path(first)) : TypedResults.NotFound();

    private static RedirectHttpResult Redirect(HttpRequest request, string path) =>
        TypedResults.Redirect(request.PathBase + path + request.QueryString, permanent: true);
}
