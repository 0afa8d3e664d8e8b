using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Archive.Core.Catalog;
using Microsoft.AspNetCore.WebUtilities;

namespace Archive.Web.Api;

/// <summary>
/// The paging of the API's lists that grow with the archive (<c>/api/resolutions</c>, a collection's resolutions): the
/// answer keeps its shape, a JSON array, of at most <c>limit</c> items (default and most <see cref="MaxLimit"/>) from
/// <c>offset</c> (default 0); the whole list's length is in <c>X-Total-Count</c> and the next and previous pages in
/// <c>Link</c> (RFC 8288). An offset past the end of a list is 404.
/// </summary>
internal static class ApiListPage
{
    public const int MaxLimit = WebOptions.MaxListPageSize;

    public const string TotalHeader = "X-Total-Count";

    /// <summary>Reads <c>limit</c> and <c>offset</c> as sent; false with the problem answer when either is out of its range.</summary>
    public static bool TryRead(string? limit, string? offset, out (int Offset, int Limit) window, [NotNullWhen(false)] out IResult? problem)
    {
        window = default;
        if (!QueryNumber.TryRead(limit, "limit", 1, MaxLimit, out var take, out problem)
            || !QueryNumber.TryRead(offset, "offset", 0, int.MaxValue, out var skip, out problem))
        {
            return false;
        }

        window = (skip ?? 0, take ?? MaxLimit);
        return true;
    }

    /// <summary>The page as a JSON array with its total and links, or 404 when it starts past the end of a non-empty list.</summary>
    public static IResult Answer<T>(HttpContext context, CatalogPage<T> page, int limit)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(page);
        if (page.Offset > 0 && page.Offset >= page.Total)
        {
            return ApiProblem.Problem(StatusCodes.Status404NotFound, "Not found", string.Create(CultureInfo.InvariantCulture,
                $"offset: {page.Offset} is past the end of the list, which holds {page.Total}."), "past-the-end", "offset");
        }

        var links = new List<string>();
        if (page.HasMore)
        {
            links.Add($"<{Link(context.Request, page.Offset + page.Items.Count, limit)}>; rel=\"next\"");
        }

        if (page.Offset > 0)
        {
            links.Add($"<{Link(context.Request, Math.Max(0, page.Offset - limit), limit)}>; rel=\"prev\"");
        }

        context.Response.Headers[TotalHeader] = page.Total.ToString(CultureInfo.InvariantCulture);
        if (links.Count > 0)
        {
            context.Response.Headers.Link = string.Join(", ", links);
        }

        return TypedResults.Ok(page.Items);
    }

    private static string Link(HttpRequest request, int offset, int limit) =>
        QueryHelpers.AddQueryString(SiteAddress.Text(request) + request.Path, new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["offset"] = offset.ToString(CultureInfo.InvariantCulture),
            ["limit"] = limit.ToString(CultureInfo.InvariantCulture),
        });
}
