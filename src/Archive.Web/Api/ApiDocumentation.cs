using System.Globalization;
using System.Text.Json.Nodes;
using Archive.Core.Catalog;
using Archive.Core.Search;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Archive.Web.Api;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>) says everything a client generator needs: every parameter with its
/// type and the range or values the server enforces, and every status each operation can answer with its schema.
/// Parameters are read as text by the endpoints (so that a bad one gets a problem answer); their types are given here.
/// </summary>
internal static class ApiDocumentation
{
    public static void Configure(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ShouldInclude = d => string.Equals(d.HttpMethod, HttpMethods.Get, StringComparison.OrdinalIgnoreCase) && d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Archive of political resolutions";
            document.Info.Description = "Read-only JSON API: collections, resolutions, clauses with their translations, topics, and search. Every error is application/problem+json with a stable code. Answers carry a strong ETag (send If-None-Match for 304) and may be read from any origin.";
            if (document.Components?.Schemas?.TryGetValue("ProblemDetails", out var problem) == true && problem is OpenApiSchema schema)
            {
                schema.Properties ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
                schema.Properties["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A stable code for programs, such as bad-parameter, unknown-topic, unclosed-phrase, no-such-resolution, too-many-searches." };
                schema.Properties["parameter"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The parameter at fault, when there is one." };
            }

            return Task.CompletedTask;
        });
        options.AddOperationTransformer(async (operation, context, ct) =>
        {
            var scope = context.ApplicationServices;
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                await DescribeAsync(parameter, scope, IsList(context.Description.RelativePath), ct);
            }

            operation.Responses ??= [];
            operation.Responses["304"] = new OpenApiResponse { Description = "Not modified: the tag sent in If-None-Match is still current." };
            foreach (var (status, response) in operation.Responses)
            {
                if (response is OpenApiResponse r && string.IsNullOrEmpty(r.Description))
                {
                    r.Description = status;
                }
            }
        });
    }

    /// <summary>Whether the operation is one of the paged lists (<see cref="ApiListPage"/>), whose limit and offset count items, not hits.</summary>
    private static bool IsList(string? path) => path is "api/resolutions" or "api/collections/{slug}/resolutions";

    private static async Task DescribeAsync(OpenApiParameter parameter, IServiceProvider services, bool list, CancellationToken ct)
    {
        var catalog = services.GetRequiredService<ResolutionCatalog>();
        (parameter.Description, parameter.Schema, var required) = parameter.Name switch
        {
            "slug" => ("The collection's slug (from /api/collections).", Choice([.. (await services.GetRequiredService<CollectionCatalog>().ListAsync(ct)).Select(c => c.Slug)]), true),
            "collection" => ("Only clauses of this collection (a slug from /api/collections); with resolution, the collection of that resolution.", Choice([.. (await services.GetRequiredService<CollectionCatalog>().ListAsync(ct)).Select(c => c.Slug)]), false),
            "number" => ("The resolution's number within its collection.", Integer(1, int.MaxValue, null), true),
            "id" => ("The clause's id within its resolution: 1–16 lower-case ASCII letters, digits or '_', such as p1, a or 12.", Text(pattern: "^[a-z0-9_]{1,16}$"), true),
            "q" => ("The query: words (all required, in any spelling), \"phrases\", prefix* (2 letters at least), -excluded, and OR between alternatives.", Text(minLength: 1, maxLength: 500), true),
            "lang" => ("The language of the texts searched; all (the default) searches the original and every translation.", Choice(["all", .. (await catalog.LanguagesAsync(ct)).Select(l => l.Code)]), false),
            "topic" => ("Only clauses of resolutions on this topic (a slug from /api/topics).", Choice([.. (await catalog.TopicsAsync(ct)).Select(t => t.Slug)]), false),
            "resolution" => ("Only clauses of this resolution (of the collection given, else of the first collection).", Integer(1, int.MaxValue, null), false),
            "limit" when list => ("How many resolutions to return.", Integer(1, ApiListPage.MaxLimit, ApiListPage.MaxLimit), false),
            "offset" when list => ("How many resolutions of the list to skip (for paging); past the end is 404.", Integer(0, int.MaxValue, 0), false),
            "limit" => ("How many hits to return.", Integer(1, SearchRequest.MaxLimit, 10), false),
            "offset" => ("How many of the best hits to skip (for paging).", Integer(0, SearchRequest.MaxOffset, 0), false),
            "format" => ("The citation's format.", Choice([.. Core.Citations.CitationFormats.All.Select(Core.Citations.CitationFormats.Name)]), true),
            "ui" => ("The interface language the citation is written in (its words, dates and the title's translation); the default interface language when absent.", Choice(services.GetRequiredService<Ui.InterfaceLanguages>().Codes), false),
            "prefer" => ("The language whose text a hit shows as its snippet when several of its texts match.", Text(pattern: "^[a-z-]{2,8}$"), false),
            _ => (parameter.Description, parameter.Schema, parameter.Required),
        };
        parameter.Required = required;
    }

    private static OpenApiSchema Integer(int minimum, int maximum, int? byDefault) => new()
    {
        Type = JsonSchemaType.Integer,
        Format = "int32",
        Minimum = minimum.ToString(CultureInfo.InvariantCulture),
        Maximum = maximum.ToString(CultureInfo.InvariantCulture),
        Default = byDefault is int d ? JsonValue.Create(d) : null,
    };

    private static OpenApiSchema Text(int? minLength = null, int? maxLength = null, string? pattern = null) =>
        new() { Type = JsonSchemaType.String, MinLength = minLength, MaxLength = maxLength, Pattern = pattern };

    private static OpenApiSchema Choice(IReadOnlyList<string> values) =>
        new() { Type = JsonSchemaType.String, Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))] };
}
