using Archive.Core.Search.Analysis;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>Registers the analyzers, the single index store and the search service.</summary>
    public static IServiceCollection AddArchiveSearch(this IServiceCollection services)
    {
        services.AddSingleton<AnalyzerRegistry>();
        services.AddSingleton<IndexedTextSource>();
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<ArchiveSearch>();
        return services;
    }
}
