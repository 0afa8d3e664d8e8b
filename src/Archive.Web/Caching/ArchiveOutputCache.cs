using Microsoft.AspNetCore.OutputCaching;

namespace Archive.Web.Caching;

/// <summary>
/// Output caching for every page and API answer (they depend only on the URL and the imported data). All entries carry
/// one tag, evicted whenever the import generation changes, so an import is visible at once.
/// </summary>
internal static class ArchiveOutputCache
{
    public const string Tag = "archive";

    /// <summary>The policy of endpoints never cached: health, and the static files (fingerprinted, immutable, negotiated per encoding).</summary>
    public const string NoCache = "none";

    public static IServiceCollection AddArchiveOutputCache(this IServiceCollection services)
    {
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<Microsoft.Extensions.Options.IOptions<WebOptions>>((o, web) =>
        {
            var seconds = web.Value.CacheSeconds;
            // Clause ids are case-sensitive (/clauses/P1 is a 400, /clauses/p1 a clause): so are the cache's keys.
            o.UseCaseSensitivePaths = true;
            o.AddBasePolicy(b => b.Expire(TimeSpan.FromSeconds(seconds)).SetVaryByQuery("*").Tag(Tag));
            o.AddPolicy(NoCache, b => b.NoCache());
        });
        return services;
    }
}
