using Archive.Core.Search.Analysis;
using Archive.Core.Search.Expansion;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>Registers the analyzers, the single index store, the vocabulary and the search service.</summary>
    public static IServiceCollection AddArchiveSearch(this IServiceCollection services)
    {
        services.AddSingleton<AnalyzerRegistry>();
        services.AddSingleton<IndexedTextSource>();
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<SearchVocabulary>();
        services.AddSingleton<ArchiveSearch>();
        return services;
    }
}
