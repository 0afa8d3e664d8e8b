using Archive.Core.Catalog;
using Archive.Core.Feeds;
using Archive.Web.Api;
using Microsoft.Extensions.Localization;
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
        app.MapGet("/export/{file}", async Task<IResult> (string file, HttpContext context, ExportDownloads downloads, CancellationToken ct) =>
        {
            var found = (await downloads.GetAsync(SiteAddress.Of(context.Request), ct)).FirstOrDefault(d => string.Equals(d.Name, file, StringComparison.Ordinal));
            if (found is null)
            {
                return TypedResults.NotFound();
            }

            context.Response.Headers[HeaderNames.ContentDisposition] = $"attachment; filename=\"{found.Name}\"";
            return TypedResults.Bytes(found.Content, found.MediaType);
        }).AllowHead().ExcludeFromDescription();

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
}
