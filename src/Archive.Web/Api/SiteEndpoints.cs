using System.Globalization;
using System.Text;
using System.Xml;
using Archive.Core.Catalog;
using Archive.Core.Search;
using Archive.Core.Storage;

namespace Archive.Web.Api;

/// <summary>Health, robots.txt and sitemap.xml.</summary>
internal static class SiteEndpoints
{
    public static IEndpointRouteBuilder MapSiteEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async Task<IResult> (ArchiveDatabase database, SearchIndex index, CancellationToken ct) =>
        {
            try
            {
                var generation = await database.GetGenerationAsync(ct);
                var searchCurrent = index.IsReady && index.Generation == generation;
                return TypedResults.Ok(new
                {
                    status = searchCurrent ? "ok" : "degraded",
                    database = new { status = "ok", generation },
                    index = new { status = index.IsReady ? (searchCurrent ? "ok" : "stale") : "building", generation = index.Generation, stamp = SearchIndex.Stamp },
                });
            }
            catch (Microsoft.Data.Sqlite.SqliteException ex)
            {
                return TypedResults.Json(new { status = "failed", database = new { status = "failed", error = ex.Message } }, statusCode: 503);
            }
        }).CacheOutput("none").ExcludeFromDescription();

        app.MapGet("/robots.txt", (HttpRequest request) =>
            TypedResults.Text($"User-agent: *\nAllow: /\nDisallow: /api/\nSitemap: {BaseUrl(request)}/sitemap.xml\n", "text/plain"))
            .ExcludeFromDescription();

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
        }).ExcludeFromDescription();
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
