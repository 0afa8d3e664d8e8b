using Archive.Core.Citations;
using Archive.Core.Texts;
using Archive.Web.Ui;

namespace Archive.Web.Api;

/// <summary>
/// <c>GET /api/resolutions/{number}/cite</c> and <c>/api/resolutions/{number}/clauses/{id}/cite</c>: the citation the
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
        api.MapGet("/resolutions/{number}/cite", (string number, string? format, string? ui, HttpRequest request, CitationSources sources, InterfaceLanguages languages, CancellationToken ct) =>
            CiteAsync(number, null, format, ui, request, sources, languages, ct))
            .WithName("CiteResolution").WithSummary("The citation of a resolution")
            .WithDescription($"The resolution's citation in one format ({CitationFormats.Names}): the body as author, the collection and event, the date only where the collection states one, the access date and the canonical link.")
            .Produces<string>(StatusCodes.Status200OK, MediaTypes[0], MediaTypes[1..]).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/resolutions/{number}/clauses/{id}/cite", (string number, string id, string? format, string? ui, HttpRequest request, CitationSources sources, InterfaceLanguages languages, CancellationToken ct) =>
            CiteAsync(number, id, format, ui, request, sources, languages, ct))
            .WithName("CiteClause").WithSummary("The citation of a clause (pinpoint)")
            .WithDescription($"The clause's citation in one format ({CitationFormats.Names}), pointing at the clause's own page.")
            .Produces<string>(StatusCodes.Status200OK, MediaTypes[0], MediaTypes[1..]).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> CiteAsync(string number, string? id, string? format, string? ui, HttpRequest request, CitationSources sources, InterfaceLanguages languages, CancellationToken ct)
    {
        if (!QueryNumber.TryRead(number, "number", 1, int.MaxValue, out var n, out var problem))
        {
            return problem;
        }

        if (id is not null && !ClauseRef.IsValidClauseId(id))
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

        var reference = new ArchiveRef(n!.Value, id);
        var found = await sources.FindAsync(reference, ui ?? languages.Default, SiteAddress.Of(request), ct);
        if (found.Source is null)
        {
            return ApiProblem.NotFound(found.ResolutionExists ? "no-such-clause" : "no-such-resolution", (found.ResolutionExists ? "id: " : "number: ") + found.Problem(reference) + ".");
        }

        return TypedResults.Text(CitationFormatter.Format(found.Source, chosen.Value), CitationFormats.MediaType(chosen.Value), System.Text.Encoding.UTF8);
    }
}
