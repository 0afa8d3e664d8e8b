using Archive.Core.Search;

namespace Archive.Web.Api;

/// <summary><c>GET /api/search</c>: 200 with hits, 400 with a message for a bad query, 503 while the index is being built.</summary>
internal static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", (string? q, string? lang, string? topic, int? resolution, int? limit, int? offset, string? prefer, ArchiveSearch search) =>
        {
            try
            {
                return Results.Ok(search.Search(new SearchRequest(q ?? string.Empty, lang, topic, resolution, limit ?? 10, offset ?? 0, prefer)));
            }
            catch (SearchQueryException ex)
            {
                return Results.Problem(statusCode: 400, title: "Bad query", detail: ex.Message);
            }
            catch (SearchUnavailableException ex)
            {
                return Results.Problem(statusCode: 503, title: ex.Problem == SearchIndexProblem.None ? "Search is starting" : "Search is unavailable", detail: ex.Message, extensions: new Dictionary<string, object?> { ["retryAfter"] = 5 });
            }
        })
        .RequireRateLimiting(Startup.SearchRateLimit.Policy)
        .WithTags("Search").WithName("Search")
        .WithSummary("Search the original and every translation; q supports words, \"phrases\", prefix*, -excluded and OR");
        return app;
    }
}
