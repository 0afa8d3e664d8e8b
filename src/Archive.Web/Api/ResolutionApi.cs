using Archive.Core.Catalog;
using Archive.Core.Texts;

namespace Archive.Web.Api;

/// <summary>The read-only JSON API over collections, resolutions and clauses; <see cref="ApiDocumentation"/> describes its parameters.</summary>
internal static class ResolutionApi
{
    public static IEndpointRouteBuilder MapResolutionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Resolutions").AsPublicApi();
        api.MapGet("/collections", async (CollectionCatalog collections, CancellationToken ct) =>
            TypedResults.Ok(await collections.ListAsync(ct)))
            .WithName("ListCollections").WithSummary("All collections")
            .WithDescription("Every collection: slug, title (and titles by language), body, event, date where stated, the original's language and direction, and its number of resolutions.");

        api.MapGet("/resolutions", async Task<IResult> (string? limit, string? offset, HttpContext context, ResolutionCatalog catalog, CancellationToken ct) =>
            ApiListPage.TryRead(limit, offset, out var window, out var problem)
                ? ApiListPage.Answer(context, await catalog.PageAsync(null, null, window.Offset, window.Limit, ct), window.Limit)
                : problem)
            .WithName("ListResolutions").WithSummary("All resolutions")
            .WithDescription(ListDescription("Every resolution of every collection: collection, number, kind, title, clause count, topics and translated titles"))
            .Produces<IReadOnlyList<ResolutionSummary>>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/collections/{slug}/resolutions", async Task<IResult> (string slug, string? limit, string? offset, HttpContext context, ResolutionCatalog catalog, CollectionCatalog collections, CancellationToken ct) =>
        {
            if (!ApiListPage.TryRead(limit, offset, out var window, out var problem))
            {
                return problem;
            }

            return await collections.GetAsync(slug, ct) is null
                ? ApiProblem.NotFound("no-such-collection", $"slug: there is no collection '{slug}'.")
                : ApiListPage.Answer(context, await catalog.PageAsync(slug, null, window.Offset, window.Limit, ct), window.Limit);
        })
            .WithName("ListCollectionResolutions").WithSummary("The resolutions of one collection")
            .WithDescription(ListDescription("The resolutions of one collection, in the shape of /api/resolutions"))
            .Produces<IReadOnlyList<ResolutionSummary>>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/collections/{slug}/resolutions/{number}", async Task<IResult> (string slug, string number, ResolutionCatalog catalog, CancellationToken ct) =>
        {
            var (resolution, problem) = await FindAsync(slug, number, catalog, ct);
            return resolution is null ? problem! : TypedResults.Ok(resolution);
        })
            .WithName("GetResolution").WithSummary("One resolution")
            .WithDescription("One resolution of a collection with every clause and its translations by language code.")
            .Produces<ResolutionDetail>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/collections/{slug}/resolutions/{number}/clauses/{id}", async Task<IResult> (string slug, string number, string id, ResolutionCatalog catalog, RevisionCatalog revisions, CancellationToken ct) =>
        {
            if (!TextRef.IsValidClauseId(id))
            {
                return ApiProblem.BadParameter("id", "must be 1–16 lower-case ASCII letters, digits or '_', such as p1, a or 12", id);
            }

            var (r, problem) = await FindAsync(slug, number, catalog, ct);
            if (r is null)
            {
                return problem!;
            }

            var clause = r.Clauses.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));
            if (clause is not null)
            {
                return TypedResults.Ok(new ClauseAnswer(r.Collection, r.Number, r.Title, clause, (r.Reference with { Clause = id }).Anchor));
            }

            return await revisions.RetiredAsync(r.Collection, r.Number, id, ct) is { } retired
                ? ApiProblem.Retired(r.Reference with { Clause = id }, retired)
                : ApiProblem.NotFound("no-such-clause", $"id: resolution {r.Reference} has no clause '{id}'.");
        })
            .WithName("GetClause").WithSummary("One clause")
            .WithDescription("One clause with its translations and its permanent link; 410 Gone, with its last text, for a clause a revision of the original removed.")
            .Produces<ClauseAnswer>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);

        api.MapGet("/topics", async (ResolutionCatalog catalog, CancellationToken ct) => TypedResults.Ok(await catalog.TopicsAsync(ct)))
            .WithName("ListTopics").WithSummary("All topics")
            .WithDescription("Every topic: its slug (the value of search's topic filter), its label by language, and its resolutions in any collection (wpi-congress-12/1).");
        return app;
    }

    private static string ListDescription(string what) =>
        $"{what}, in pages: at most limit (default {ApiListPage.MaxLimit}) from offset (default 0). The header {ApiListPage.TotalHeader} holds the whole list's length and Link the next and previous pages (rel=next, rel=prev); an offset past the end is 404.";

    /// <summary>The resolution a collection's slug and a number (as sent) name, or the problem answer saying why there is none.</summary>
    internal static async Task<(ResolutionDetail? Resolution, IResult? Problem)> FindAsync(string slug, string number, ResolutionCatalog catalog, CancellationToken ct)
    {
        if (!TextRef.IsValidSlug(slug))
        {
            return (null, ApiProblem.BadParameter("slug", "must be a collection's slug: lower-case ASCII letters and digits joined by '-', such as wpi-congress-12", slug));
        }

        if (!QueryNumber.TryRead(number, "number", 1, int.MaxValue, out var n, out var problem))
        {
            return (null, problem);
        }

        return await catalog.GetAsync(slug, n!.Value, ct) is { } r
            ? (r, null)
            : (null, ApiProblem.NotFound("no-such-resolution", $"number: there is no resolution {new TextRef(slug, n.Value)}."));
    }
}
