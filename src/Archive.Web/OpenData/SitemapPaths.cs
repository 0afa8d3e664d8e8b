using Archive.Core.Catalog;
using Archive.Core.Texts;

namespace Archive.Web.OpenData;

/// <summary>
/// The pages a sitemap names, as one numbered list cut into files: the home page, each collection's and each topic's
/// page (few, read whole), then every resolution's page (many, counted and read one file's worth at a time by the database).
/// </summary>
internal sealed class SitemapPaths(ResolutionCatalog catalog, CollectionCatalog collections)
{
    /// <summary>How many pages the sitemap names.</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken) =>
        (await FewAsync(cancellationToken)).Count + (await catalog.ReferencesAsync(0, 0, cancellationToken)).Total;

    /// <summary>The paths from <paramref name="offset"/>, at most <paramref name="limit"/> of them.</summary>
    public async Task<IReadOnlyList<string>> WindowAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        var few = await FewAsync(cancellationToken);
        var paths = few.Skip(offset).Take(limit).ToList();
        var remaining = limit - paths.Count;
        if (remaining > 0)
        {
            var resolutions = await catalog.ReferencesAsync(Math.Max(0, offset - few.Count), remaining, cancellationToken);
            paths.AddRange(resolutions.Items.Select(r => r.Path));
        }

        return paths;
    }

    private async Task<IReadOnlyList<string>> FewAsync(CancellationToken cancellationToken) =>
    [
        "/",
        .. (await collections.ListAsync(cancellationToken)).Select(c => TextRef.CollectionPath(c.Slug)),
        .. (await catalog.TopicHeadingsAsync(cancellationToken)).Select(t => TextRef.TopicPath(t.Slug)),
    ];
}
