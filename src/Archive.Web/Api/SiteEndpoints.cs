using System.Globalization;
using System.Text;
using System.Xml;
using Archive.Core.Catalog;
using Archive.Core.Search;
using Archive.Web.Startup;

namespace Archive.Web.Api;

/// <summary>Health, robots.txt and sitemap.xml.</summary>
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

        app.MapGet("/sitemap.xml", async (HttpRequest request, ResolutionCatalog catalog, CancellationToken ct) =>
        {
            var baseUrl = BaseUrl(request);
            var sb = new StringBuilder();
            using (var xml = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true, Async = true }))
            {
                await xml.WriteStartDocumentAsync();
                xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
                WriteUrl(xml, baseUrl + "/");
                foreach (var r in await catalog.ListAsync(ct))
                {
                    WriteUrl(xml, string.Create(CultureInfo.InvariantCulture, $"{baseUrl}/resolutions/{r.Number}"));
                }

                foreach (var t in await catalog.TopicsAsync(ct))
                {
                    WriteUrl(xml, $"{baseUrl}/topics/{t.Slug}");
                }

                xml.WriteEndElement();
            }

            return TypedResults.Text(sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/xml");
        }).AllowHead().ExcludeFromDescription();
        return app;
    }

    private static void WriteUrl(XmlWriter xml, string loc)
    {
        xml.WriteStartElement("url");
        xml.WriteElementString("loc", loc);
        xml.WriteEndElement();
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
