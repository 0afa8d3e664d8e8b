using Archive.Core.Catalog;
using Archive.Core.Texts;

namespace Archive.Web.Api;

/// <summary>The read-only JSON API over resolutions and clauses.</summary>
internal static class ResolutionApi
{
    public static IEndpointRouteBuilder MapResolutionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Resolutions");
        api.MapGet("/resolutions", async (ResolutionCatalog catalog, CancellationToken ct) =>
            TypedResults.Ok(await catalog.ListAsync(ct)))
            .WithName("ListResolutions").WithSummary("All resolutions: number, kind, title, clause count, topics, translated titles");

        api.MapGet("/resolutions/{number:int}", async Task<IResult> (int number, ResolutionCatalog catalog, CancellationToken ct) =>
            await catalog.GetAsync(number, ct) is { } r ? TypedResults.Ok(r) : NotFound($"There is no resolution {number}."))
            .WithName("GetResolution").WithSummary("One resolution with every clause and its translations by language code");

        api.MapGet("/resolutions/{number:int}/clauses/{id}", async Task<IResult> (int number, string id, ResolutionCatalog catalog, CancellationToken ct) =>
        {
            if (!ClauseRef.IsValidClauseId(id))
            {
                return TypedResults.Problem(statusCode: 400, title: "Bad clause id", detail: "A clause id is 1–16 lower-case ASCII letters, digits or '_', such as p1, a or 12.");
            }

            var r = await catalog.GetAsync(number, ct);
            var clause = r?.Clauses.FirstOrDefault(c => c.Id == id);
            return clause is null
                ? NotFound($"Resolution {number} has no clause '{id}'.")
                : TypedResults.Ok(new { resolution = number, title = r!.Title, clause, url = new ClauseRef(number, id).Anchor });
        }).WithName("GetClause").WithSummary("One clause with its translations and its link");

        api.MapGet("/topics", async (ResolutionCatalog catalog, CancellationToken ct) => TypedResults.Ok(await catalog.TopicsAsync(ct)))
            .WithName("ListTopics");
        return app;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(string detail) => TypedResults.Problem(statusCode: 404, title: "Not found", detail: detail);
}
