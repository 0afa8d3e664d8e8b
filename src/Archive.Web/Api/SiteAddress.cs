namespace Archive.Web.Api;

/// <summary>The base address of the site as the request reached it (scheme, host, path base), that canonical links resolve against.</summary>
internal static class SiteAddress
{
    /// <summary><c>https://host/base/</c>, ending with '/'.</summary>
    public static Uri Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
    }

    /// <summary>The same without the closing '/', to append paths to.</summary>
    public static string Text(HttpRequest request) => Of(request).AbsoluteUri.TrimEnd('/');
}
