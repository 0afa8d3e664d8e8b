using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Archive.Web.Caching;

/// <summary>
/// Strong validators for pages and API answers: a successful GET or HEAD gets an <c>ETag</c> made from the bytes sent
/// (after compression, so each encoding has its own) and <c>Cache-Control</c> for as long as the output cache keeps the
/// answer; a request whose <c>If-None-Match</c> names that tag gets <c>304</c> with both headers and no body. The tag can
/// only stay the same when the bytes do. An answer that set its own Cache-Control (health: no-store) keeps it, untagged;
/// endpoints marked <see cref="ValidatorsOwnedByEndpoint"/> (static files) are not even buffered. A HEAD answer has no body.
/// </summary>
internal sealed class ConditionalResponses(RequestDelegate next, Microsoft.Extensions.Options.IOptions<WebOptions> options)
{
    private readonly string _cacheControl = $"public, max-age={options.Value.CacheSeconds}";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || context.GetEndpoint()?.Metadata.GetMetadata<ValidatorsOwnedByEndpoint>() is not null)
        {
            await next(context);
            return;
        }

        var response = context.Response;
        var original = response.Body;
        await using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.ETag) && !response.Headers.ContainsKey(HeaderNames.CacheControl))
        {
            var tag = new EntityTagHeaderValue($"\"{Base64Url(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))}\"");
            response.Headers.ETag = tag.ToString();
            response.Headers.CacheControl = _cacheControl;
            if (Matches(request, tag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.Remove(HeaderNames.ContentType);
                response.Headers.Remove(HeaderNames.ContentEncoding);
                return;
            }
        }

        response.ContentLength = buffer.Length;
        if (!HttpMethods.IsHead(request.Method) && buffer.Length > 0)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }
    }

    private static bool Matches(HttpRequest request, EntityTagHeaderValue tag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false));

    private static string Base64Url(byte[] hash) =>
        Convert.ToBase64String(hash, 0, 18).Replace('+', '-').Replace('/', '_');
}
