using Microsoft.AspNetCore.OutputCaching;

namespace Archive.Web.Caching;

/// <summary>
/// Output caching for every page and API answer (they depend only on the URL and the imported data). All entries carry
/// one tag, evicted whenever the import generation changes, so an import is visible at once. Every key also holds the
/// generations read when the request began — the database's (as last polled) and the search index's — so an answer
/// rendered from older data (a search still running on the previous index when the eviction came) is stored under the
/// old generations, which no later request asks for, and is never served after the index has caught up.
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
            o.AddBasePolicy(b => b.Expire(TimeSpan.FromSeconds(seconds)).SetVaryByQuery("*").VaryByValue(Generations).Tag(Tag));
            o.AddPolicy(NoCache, b => b.NoCache());
        });
        return services;
    }

    /// <summary>The value every cached entry varies by: database generation (as last polled) and search index generation.</summary>
    public const string GenerationsKey = "generations";

    private static KeyValuePair<string, string> Generations(HttpContext context)
    {
        var database = context.RequestServices.GetRequiredService<Startup.ArchiveHealth>().Last.Generation ?? -1;
        var index = context.RequestServices.GetRequiredService<Archive.Core.Search.SearchIndex>().Generation;
        return new(GenerationsKey, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{database}.{index}"));
    }
}
