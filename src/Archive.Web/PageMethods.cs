using Microsoft.Net.Http.Headers;

namespace Archive.Web;

/// <summary>
/// Pages are only read: a request with another method (a form posted from elsewhere, a probe) is a 405 with
/// <c>Allow: GET, HEAD</c>, shown as a page in the interface language. The status code pages show that page by running
/// the request again, so it continues as a GET; its body is never read. The API answers its own 405 as problem+json.
/// </summary>
internal sealed class PageMethods(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || Api.PublicApi.IsApi(context))
        {
            return next(context);
        }

        context.Request.Method = HttpMethods.Get;
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers[HeaderNames.Allow] = "GET, HEAD";
        return Task.CompletedTask;
    }
}
