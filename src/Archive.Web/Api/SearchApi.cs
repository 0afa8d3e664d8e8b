using Archive.Core.Catalog;
using Archive.Core.Search;
using Archive.Web.Ui;

namespace Archive.Web.Api;

/// <summary><c>GET /api/search</c>: 200 with hits, 400 naming the parameter at fault, 429 over the rate limit, 503 while the index is being built.</summary>
internal static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", async Task<IResult> (string? q, string? lang, string? topic, string? resolution, string? collection, string? limit, string? offset, string? prefer, string? exact, ArchiveSearch search, ResolutionCatalog catalog, CollectionCatalog collections, CancellationToken ct) =>
        {
            if (!QueryNumber.TryRead(resolution, "resolution", 1, int.MaxValue, out var number, out var problem)
                || !QueryNumber.TryRead(limit, "limit", 1, SearchRequest.MaxLimit, out var size, out problem)
                || !QueryNumber.TryRead(offset, "offset", 0, SearchRequest.MaxOffset, out var skip, out problem))
            {
                return problem;
            }

            if (prefer is not null && !UiState.IsLanguageCode(prefer))
            {
                return ApiProblem.BadParameter("prefer", "must be a language code of 2–8 lower-case letters or '-', such as en", prefer);
            }

            if (!string.IsNullOrEmpty(collection) && await collections.GetAsync(collection, ct) is null)
            {
                return ApiProblem.BadParameter("collection", "must be the slug of a collection (see /api/collections), such as wpi-congress-12", collection);
            }

            if (exact is not (null or "0" or "1" or "true" or "false"))
            {
                return ApiProblem.BadParameter("exact", "must be 1 (only the typed words) or 0", exact);
            }

            // A resolution without a collection is one of the first collection, as before collections.
            var scope = string.IsNullOrEmpty(collection) ? (number is null ? null : await collections.FirstSlugAsync(ct)) : collection;
            try
            {
                await SearchTopics.CheckAsync(topic, catalog, ct);
                var request = new SearchRequest(q ?? string.Empty, lang, topic, number, size ?? 10, skip ?? 0, prefer, scope) { Exact = exact is "1" or "true" };
                return TypedResults.Ok(search.Search(request));
            }
            catch (SearchQueryException ex)
            {
                return ApiProblem.BadQuery(ex);
            }
            catch (SearchUnavailableException ex)
            {
                return ex.Problem == SearchIndexProblem.None
                    ? ApiProblem.Problem(StatusCodes.Status503ServiceUnavailable, "Search is starting", ex.Message, "search-starting", null)
                    : ApiProblem.Problem(StatusCodes.Status503ServiceUnavailable, "Search is unavailable", ex.Message, "search-unavailable", null);
            }
        })
        .RequireRateLimiting(Startup.SearchRateLimit.Policy)
        .AsPublicApi()
        .WithTags("Search").WithName("Search")
        .WithSummary("Search the original and every translation")
        .WithDescription("q supports words (all required, in any spelling), \"phrases\", prefix*, -excluded and OR between alternatives. Hits are clauses (or titles), best first. Unless exact=1, the words are also searched in their other spellings and forms and as the vocabulary's concepts in every language (alsoSearched says what); partial is true when no clause has every part and the hits are the best partial matches; didYouMean offers known words nearest to unknown ones.")
        .Produces<SearchResponse>()
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }
}
