namespace Archive.Core.Catalog;

/// <summary>
/// The order every listing shows collections in: the configured first collection (<see cref="ArchiveOptions.FirstCollection"/>)
/// first, then the others in the order they were imported — the same on the home page, in the API and in the command.
/// </summary>
public static class CollectionOrder
{
    /// <summary>0 for the first collection, 1 for any other; sort by it (stably) after the import order.</summary>
    public static int Rank(string slug, ArchiveOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.Equals(slug, options.FirstCollection, StringComparison.Ordinal) ? 0 : 1;
    }
}
