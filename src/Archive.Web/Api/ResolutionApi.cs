using Archive.Core.Catalog;
using Archive.Core.Texts;

namespace Archive.Web.Api;

/// <summary>The read-only JSON API over resolutions and clauses; <see cref="ApiDocumentation"/> describes its parameters.</summary>
internal static class ResolutionApi
{
    public static IEndpointRouteBuilder MapResolutionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Resolutions").AsPublicApi();
        api.MapGet("/resolutions", async (ResolutionCatalog catalog, CancellationToken ct) =>
            TypedResults.Ok(await catalog.ListAsync(ct)))
            .WithName("ListResolutions").WithSummary("All resolutions")
            .WithDescription("Every resolution: number, kind, title, clause count, topics and translated titles.");

        api.MapGet("/resolutions/{number}", async Task<IResult> (string number, ResolutionCatalog catalog, CancellationToken ct) =>
        {
            if (!QueryNumber.TryRead(number, "number", 1, int.MaxValue, out var n, out var problem))
            {
                return problem;
            }

            return await catalog.GetAsync(n!.Value, ct) is { } r ? TypedResults.Ok(r) : ApiProblem.NotFound("no-such-resolution", $"number: there is no resolution {n}.");
        })
            .WithName("GetResolution").WithSummary("One resolution")
            .WithDescription("One resolution with every clause and its translations by language code.")
            .Produces<ResolutionDetail>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/resolutions/{number}/clauses/{id}", async Task<IResult> (string number, string id, ResolutionCatalog catalog, CancellationToken ct) =>
        {
            if (!QueryNumber.TryRead(number, "number", 1, int.MaxValue, out var n, out var problem))
            {
                return problem;
            }

            if (!ClauseRef.IsValidClauseId(id))
            {
                return ApiProblem.BadParameter("id", "must be 1–16 lower-case ASCII letters, digits or '_', such as p1, a or 12", id);
            }

            var r = await catalog.GetAsync(n!.Value, ct);
            var clause = r?.Clauses.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));
            return clause is null
                ? ApiProblem.NotFound("no-such-clause", r is null ? $"number: there is no resolution {n}." : $"id: resolution {n} has no clause '{id}'.")
                : TypedResults.Ok(new ClauseAnswer(n.Value, r!.Title, clause, new ClauseRef(n.Value, id).Anchor));
        })
            .WithName("GetClause").WithSummary("One clause")
            .WithDescription("One clause with its translations and its permanent link.")
            .Produces<ClauseAnswer>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/topics", async (ResolutionCatalog catalog, CancellationToken ct) => TypedResults.Ok(await catalog.TopicsAsync(ct)))
            .WithName("ListTopics").WithSummary("All topics")
            .WithDescription("Every topic: its slug (the value of search's topic filter), its label by language, and its resolutions.");
        return app;
    }
}
