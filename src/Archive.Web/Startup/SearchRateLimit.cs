using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Archive.Web.Startup;

/// <summary>
/// Per client address, a token bucket on search (<c>/search</c>, <c>/api/search</c>): by default 120 a minute with a
/// burst of 20. Over the limit: 429 with Retry-After (problem+json from the API, a page in the interface language from /search). <c>Archive:Web:SearchPermitsPerMinute</c> = 0 turns it off.
/// Behind a proxy, configure forwarded headers so the client address is the reader's, not the proxy's.
/// </summary>
internal static class SearchRateLimit
{
    public const string Policy = "search";

    public static IServiceCollection AddSearchRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<Microsoft.Extensions.Options.IOptions<WebOptions>>((limiter, web) =>
        {
            var options = web.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, ct) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                if (Api.PublicApi.IsApi(context.HttpContext))
                {
                    await Api.ApiProblem.Problem(StatusCodes.Status429TooManyRequests, "Too many searches", "Too many searches from your address; wait a moment and try again.", "too-many-searches", null)
                        .ExecuteAsync(context.HttpContext);
                }

                // A page answers with nothing here: the status code pages show the reader a page in the interface language.
            };
            limiter.AddPolicy(Policy, http =>
            {
                if (options.SearchPermitsPerMinute <= 0)
                {
                    return RateLimitPartition.GetNoLimiter("off");
                }

                var key = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(1, options.SearchBurst),
                    TokensPerPeriod = Math.Max(1, options.SearchPermitsPerMinute / 60),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(options.SearchPermitsPerMinute >= 60 ? 1 : 60.0 / options.SearchPermitsPerMinute),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });
        return services;
    }
}
