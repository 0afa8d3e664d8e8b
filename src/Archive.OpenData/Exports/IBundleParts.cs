namespace Archive.Core.Exports;

/// <summary>
/// A bundle in its order, for the writers that stream it: every part but the resolutions at once (small at any size),
/// each source's resolutions read as they are written.
/// </summary>
public interface IBundleParts
{
    /// <summary>The bundle without its resolutions: languages, sources (their <see cref="BundleSource.Resolutions"/> not to be read), topics, glossary, collections.</summary>
    ArchiveBundle Outline { get; }

    /// <summary>The resolutions of <paramref name="source"/> (one of the <see cref="Outline"/>'s), in the bundle's order.</summary>
    IAsyncEnumerable<BundleResolution> ResolutionsAsync(BundleSource source, CancellationToken cancellationToken);
}
