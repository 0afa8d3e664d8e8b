using System.Globalization;
using Archive.Core.Catalog;
using Archive.Core.Search;
using Archive.Core.Texts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Web.Api;

/// <summary>
/// Every error of the API is <c>application/problem+json</c> (RFC 9457): a title, a detail that names the parameter and
/// the rule, and a stable <c>code</c> (and the <c>parameter</c> at fault, when there is one) for programs.
/// </summary>
internal static class ApiProblem
{
    public static ProblemHttpResult BadParameter(string parameter, string rule, string? value) =>
        Problem(StatusCodes.Status400BadRequest, "Bad parameter", $"{parameter} {rule}; got '{Shorten(value)}'.", "bad-parameter", parameter);

    public static ProblemHttpResult NotFound(string code, string detail) =>
        Problem(StatusCodes.Status404NotFound, "Not found", detail, code, null);

    /// <summary>410 for a clause a revision of the original removed: its last text, and when and by which revision it went.</summary>
    public static ProblemHttpResult Retired(TextRef clause, RetiredClauseDetail retired)
    {
        ArgumentNullException.ThrowIfNull(retired);
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = "clause-retired",
            ["lastText"] = retired.Text,
            ["removedAt"] = retired.RemovedAt,
            ["revision"] = retired.Revision,
            ["resolution"] = (clause with { Clause = null }).ApiPath,
        };
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"id: clause '{clause.Clause}' of resolution {clause with { Clause = null }} was removed by revision {retired.Revision} of the original on {retired.RemovedAt:yyyy-MM-dd}; its last text is in lastText.");
        return TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: "Gone", detail: detail, extensions: extensions);
    }

    public static ProblemHttpResult BadQuery(SearchQueryException error)
    {
        var parameter = error.Error switch
        {
            SearchQueryError.LimitOutOfRange => "limit",
            SearchQueryError.OffsetOutOfRange => "offset",
            SearchQueryError.UnknownLanguage => "lang",
            SearchQueryError.UnknownTopic => "topic",
            _ => "q",
        };
        return Problem(StatusCodes.Status400BadRequest, "Bad query", $"{parameter}: {error.Message}", Kebab(error.Error), parameter);
    }

    public static ProblemHttpResult Problem(int status, string title, string detail, string code, string? parameter)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        if (parameter is not null)
        {
            extensions["parameter"] = parameter;
        }

        // The framework has no default type for 429 (RFC 6585); every problem of the API names one.
        var type = status == StatusCodes.Status429TooManyRequests ? "https://www.rfc-editor.org/rfc/rfc6585#section-4" : null;
        return TypedResults.Problem(statusCode: status, title: title, detail: detail, type: type, extensions: extensions);
    }

    /// <summary>
    /// Completes the problems the framework writes itself (no route, a wrong method, an unhandled error) with a detail
    /// and a code, as the API's own problems have.
    /// </summary>
    public static void Complete(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("code"))
        {
            return;
        }

        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        (problem.Detail, problem.Extensions["code"]) = status switch
        {
            StatusCodes.Status404NotFound => ($"There is nothing at {Shorten(context.HttpContext.Request.Path.Value)}; the API's paths are in /openapi/v1.json.", "not-found"),
            StatusCodes.Status405MethodNotAllowed => ("The archive is read-only: only GET and HEAD are answered.", "method-not-allowed"),
            >= 500 => ("Something went wrong on our side while answering; nothing in the request caused it. Try again.", "server-error"),
            _ => (problem.Detail ?? problem.Title ?? "The request cannot be answered.", string.Create(CultureInfo.InvariantCulture, $"http-{status}")),
        };
    }

    /// <summary>A code such as <c>UnclosedPhrase</c> as <c>unclosed-phrase</c>.</summary>
    public static string Kebab(SearchQueryError error) =>
        string.Concat(error.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString(CultureInfo.InvariantCulture)));

    private static string Shorten(string? value) => value is null ? string.Empty : value.Length <= 40 ? value : value[..40] + "…";
}
