using Archive.Core.Search;
using Archive.Web.Startup;

namespace Archive.Web.Api;

/// <summary>Health and robots.txt, which names the sitemap index (<see cref="OpenData.SitemapEndpoints"/>).</summary>
internal static class SiteEndpoints
{
    public static IEndpointRouteBuilder MapSiteEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (ArchiveHealth health, SearchIndex index, HttpResponse response) =>
        {
            // Never stored by a cache on the way, nor given a validator: it says how things are now.
            response.Headers.CacheControl = "no-store";
            var db = health.Last;
            var searchCurrent = index.IsReady && db.Generation == index.Generation;
            var status = db.Error is not null ? "failed" : db.Generation is null ? "starting" : searchCurrent ? "ok" : "degraded";
            return TypedResults.Json(
                new
                {
                    status,
                    database = new { status = db.Error is null ? (db.Generation is null ? "unchecked" : "ok") : "failed", generation = db.Generation, checkedAt = db.CheckedAt, error = db.Error },
                    index = new
                    {
                        status = index.IsReady ? (searchCurrent ? "ok" : "stale") : index.Problem == SearchIndexProblem.None ? "building" : "failed",
                        generation = index.Generation,
                        stamp = SearchIndex.Stamp,
                        problem = index.Problem == SearchIndexProblem.None ? null : index.Problem.ToString(),
                        error = index.ProblemMessage,
                    },
                },
                statusCode: db.Error is null ? 200 : 503);
        }).CacheOutput(Caching.ArchiveOutputCache.NoCache).AllowHead().ExcludeFromDescription();

        app.MapGet("/robots.txt", (HttpRequest request) =>
            TypedResults.Text($"User-agent: *\nAllow: /\nDisallow: /api/\nSitemap: {BaseUrl(request)}/sitemap.xml\n", "text/plain"))
            .AllowHead().ExcludeFromDescription();

        return app;
    }

    private static string BaseUrl(HttpRequest request) => SiteAddress.Text(request);
}
