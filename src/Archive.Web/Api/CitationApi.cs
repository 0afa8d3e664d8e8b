using Archive.Core.Catalog;
using Archive.Core.Citations;
using Archive.Core.Texts;
using Archive.Web.Ui;

namespace Archive.Web.Api;

/// <summary>
/// <c>GET /api/collections/{slug}/resolutions/{number}/cite</c> and <c>…/clauses/{id}/cite</c> (the addresses without a collection cite the first): the citation the
/// page's cite panel shows and <c>archive cite</c> prints, in the format asked for (<c>format</c>) and the interface
/// language (<c>ui</c>), as text of the format's media type.
/// </summary>
internal static class CitationApi
{
    /// <summary>The media types a citation is answered in, one per format (the styled ones share text/plain).</summary>
    private static readonly string[] MediaTypes = [.. CitationFormats.All.Select(CitationFormats.MediaType).Distinct(StringComparer.Ordinal)];

    public static IEndpointRouteBuilder MapCitationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Citations").AsPublicApi();
        api.MapGet("/collections/{slug}/resolutions/{number}/cite", (string slug, string number, string? format, string? ui, HttpRequest request, CitationSources sources, CollectionCatalog collections, InterfaceLanguages languages, CancellationToken ct) =>
            CiteAsync(new(slug, number, null), format, ui, request, sources, collections, languages, ct))
            .WithName("CiteResolution").WithSummary("The citation of a resolution")
            .WithDescription($"The resolution's citation in one format ({CitationFormats.Names}): the body as author, the collection and event, the date only where the collection states one, the access date and the canonical link.")
            .Produces<string>(StatusCodes.Status200OK, MediaTypes[0], MediaTypes[1..]).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/collections/{slug}/resolutions/{number}/clauses/{id}/cite", (string slug, string number, string id, string? format, string? ui, HttpRequest request, CitationSources sources, CollectionCatalog collections, InterfaceLanguages languages, CancellationToken ct) =>
            CiteAsync(new(slug, number, id), format, ui, request, sources, collections, languages, ct))
            .WithName("CiteClause").WithSummary("The citation of a clause (pinpoint)")
            .WithDescription($"The clause's citation in one format ({CitationFormats.Names}), pointing at the clause's own page.")
            .Produces<string>(StatusCodes.Status200OK, MediaTypes[0], MediaTypes[1..]).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        // The addresses from before collections cite the first collection's text.
        api.MapGet("/resolutions/{number}/cite", (string number, string? format, string? ui, HttpRequest request, CitationSources sources, CollectionCatalog collections, InterfaceLanguages languages, CancellationToken ct) =>
            CiteAsync(new(null, number, null), format, ui, request, sources, collections, languages, ct)).ExcludeFromDescription();
        api.MapGet("/resolutions/{number}/clauses/{id}/cite", (string number, string id, string? format, string? ui, HttpRequest request, CitationSources sources, CollectionCatalog collections, InterfaceLanguages languages, CancellationToken ct) =>
            CiteAsync(new(null, number, id), format, ui, request, sources, collections, languages, ct)).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> CiteAsync(CitedAddress at, string? format, string? ui, HttpRequest request, CitationSources sources, CollectionCatalog collections, InterfaceLanguages languages, CancellationToken ct)
    {
        var (slug, number, id) = at;
        if (slug is not null && !TextRef.IsValidSlug(slug))
        {
            return ApiProblem.BadParameter("slug", "must be the slug of a collection (see /api/collections), such as wpi-congress-12", slug);
        }

        if (!QueryNumber.TryRead(number, "number", 1, int.MaxValue, out var n, out var problem))
        {
            return problem;
        }

        if (id is not null && !TextRef.IsValidClauseId(id))
        {
            return ApiProblem.BadParameter("id", "must be 1–16 lower-case ASCII letters, digits or '_', such as p1, a or 12", id);
        }

        if (!CitationFormats.TryParse(format, out var chosen))
        {
            return ApiProblem.BadParameter("format", $"must be one of {CitationFormats.Names}", format);
        }

        if (ui is not null && !languages.Codes.Contains(ui, StringComparer.Ordinal))
        {
            return ApiProblem.BadParameter("ui", $"must be one of the interface languages {string.Join(", ", languages.Codes)}", ui);
        }

        var reference = new TextRef(slug ?? await collections.FirstSlugAsync(ct), n!.Value, id);
        var found = await sources.FindAsync(reference, ui ?? languages.Default, SiteAddress.Of(request), ct);
        if (found.Source is null)
        {
            return ApiProblem.NotFound(found.ResolutionExists ? "no-such-clause" : "no-such-resolution", (found.ResolutionExists ? "id: " : "number: ") + found.Problem(reference) + ".");
        }

        return TypedResults.Text(CitationFormatter.Format(found.Source, chosen.Value), CitationFormats.MediaType(chosen.Value), System.Text.Encoding.UTF8);
    }
}

/// <summary>The address parts of a citation asked for: the collection (null: the first), the number and the clause id as written.</summary>
internal readonly record struct CitedAddress(string? Slug, string Number, string? Id);
