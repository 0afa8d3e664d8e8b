using System.Globalization;
using Archive.Core.Catalog;
using Archive.Core.Feeds;
using Archive.Web.Api;
using Archive.Web.Caching;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Archive.Web.OpenData;

/// <summary>
/// The archive as data for other tools: the downloads under <c>/export/…</c>, the Atom feed of changes
/// (<c>/feed.atom</c>, <c>?collection=</c> for one collection) and the OpenSearch description (<c>/opensearch.xml</c>).
/// </summary>
internal static class OpenDataEndpoints
{
    public static IEndpointRouteBuilder MapOpenDataEndpoints(this IEndpointRouteBuilder app)
    {
        // A download is a file of up to gigabytes: never held in memory, neither by the output cache nor to be tagged
        // (ConditionalResponses); it sets its own validators (the file's generation, site and write time) and answers
        // HEAD, ranges and If-None-Match itself.
        app.MapGet("/export/{file}", async Task<IResult> (string file, HttpContext context, ExportDownloads downloads, IOptions<WebOptions> options, CancellationToken ct) =>
        {
            if (!ExportDownloads.Files.Any(f => string.Equals(f.Name, file, StringComparison.Ordinal)))
            {
                return TypedResults.NotFound();
            }

            var found = (await downloads.GetAsync(SiteAddress.Of(context.Request), ct))?.First(d => string.Equals(d.Name, file, StringComparison.Ordinal));
            if (found is null || Open(found.File) is not { } stream)
            {
                context.Response.Headers[HeaderNames.RetryAfter] = ((int)ExportDownloads.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return ApiProblem.Problem(StatusCodes.Status503ServiceUnavailable, "The downloads are unavailable", "The open-data downloads cannot be made now; the site's log says why.", "export-unavailable", null);
            }

            var written = File.GetLastWriteTimeUtc(found.File);
            context.Response.Headers[HeaderNames.ContentDisposition] = $"attachment; filename=\"{found.Name}\"";
            context.Response.Headers.CacheControl = string.Create(CultureInfo.InvariantCulture, $"public, max-age={options.Value.CacheSeconds}");
            var tag = new EntityTagHeaderValue(string.Create(CultureInfo.InvariantCulture, $"\"{Path.GetFileName(Path.GetDirectoryName(found.File))}-{written.Ticks:x}\""));
            return TypedResults.Stream(stream, found.MediaType, lastModified: written, entityTag: tag, enableRangeProcessing: true);
        }).CacheOutput(ArchiveOutputCache.NoCache).WithMetadata(ValidatorsOwnedByEndpoint.Instance).AllowHead().ExcludeFromDescription();

        app.MapGet("/feed.atom", async Task<IResult> (string? collection, HttpRequest request, ArchiveChanges changes, CollectionCatalog collections, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        {
            if (!string.IsNullOrWhiteSpace(collection) && await collections.GetAsync(collection, ct) is null)
            {
                return ApiProblem.NotFound("no-such-collection", $"collection: there is no collection '{collection}'.");
            }

            var site = SiteAddress.Of(request);
            var list = await changes.ListAsync(string.IsNullOrWhiteSpace(collection) ? null : collection, ct);
            var self = string.IsNullOrWhiteSpace(collection) ? "/feed.atom" : "/feed.atom?collection=" + Uri.EscapeDataString(collection);
            return TypedResults.Text(AtomFeed.Write(list, site, self, l["SiteName"], l["SiteName"]), "application/atom+xml", System.Text.Encoding.UTF8);
        }).AllowHead().ExcludeFromDescription();

        // In the interface language asked for (?ui=, as the home page links it): its words, and a search page in it.
        app.MapGet("/opensearch.xml", (HttpRequest request, IStringLocalizer<SharedResource> l, Ui.InterfaceLanguages languages) =>
            TypedResults.Text(OpenSearchDescription.Write(SiteAddress.Of(request), l["SiteShortName"], l["SiteTagline"], languages.Resolve(request.Query["ui"]), languages.Default), "application/opensearchdescription+xml", System.Text.Encoding.UTF8))
            .AllowHead().ExcludeFromDescription();
        return app;
    }

    /// <summary>The download's file, open for reading; null when it is gone (a newer generation's build removed it a moment ago).</summary>
    private static FileStream? Open(string file)
    {
        try
        {
            return new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize: 64 * 1024, useAsync: true);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }
}
