using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Archive.Web.Api;

/// <summary>
/// The conventions of everything a client may fetch: GET and HEAD (uptime monitors use HEAD), and for the read-only
/// API, which has no credentials and no writes, cross-origin reading from any origin (a researcher's browser notebook).
/// </summary>
internal static class PublicApi
{
    public const string CorsPolicy = "public-api";

    /// <summary>The paths whose errors are problem+json instead of an HTML page.</summary>
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal);

    public static IServiceCollection AddPublicApiCors(this IServiceCollection services) =>
        services.AddCors(o => o.AddPolicy(CorsPolicy, new CorsPolicyBuilder()
            .AllowAnyOrigin().WithMethods(HttpMethods.Get, HttpMethods.Head).WithHeaders("If-None-Match")
            .WithExposedHeaders("ETag", "Retry-After").SetPreflightMaxAge(TimeSpan.FromDays(1)).Build()));

    /// <summary>HEAD wherever GET is answered.</summary>
    public static TBuilder AllowHead<TBuilder>(this TBuilder builder, bool acceptCorsPreflight = false)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(e => e.Metadata.Add(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head], acceptCorsPreflight)));
        return builder;
    }

    /// <summary>GET and HEAD from any origin.</summary>
    public static TBuilder AsPublicApi<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AllowHead(acceptCorsPreflight: true).RequireCors(CorsPolicy);
}
