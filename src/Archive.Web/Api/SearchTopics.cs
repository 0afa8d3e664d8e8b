using Archive.Core.Catalog;
using Archive.Core.Search;

namespace Archive.Web.Api;

/// <summary>A topic filter must name a topic of the archive: an unknown one is a bad query, not a silent empty result.</summary>
public static class SearchTopics
{
    public static async Task CheckAsync(string? topic, ResolutionCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (string.IsNullOrEmpty(topic))
        {
            return;
        }

        var known = (await catalog.TopicsAsync(cancellationToken)).Select(t => t.Slug).ToList();
        if (!known.Contains(topic, StringComparer.Ordinal))
        {
            var list = string.Join(", ", known);
            throw new SearchQueryException(SearchQueryError.UnknownTopic, $"There is no topic '{topic}'. The topics are: {list}.", topic, list);
        }
    }
}
