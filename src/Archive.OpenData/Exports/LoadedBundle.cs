namespace Archive.Core.Exports;

/// <summary>A bundle held whole in memory, given to the writers as parts (for a small archive, and to compare with a streamed one).</summary>
public sealed class LoadedBundle(ArchiveBundle bundle) : IBundleParts
{
    public ArchiveBundle Outline => bundle;

    public async IAsyncEnumerable<BundleResolution> ResolutionsAsync(BundleSource source, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        foreach (var resolution in source.Resolutions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return resolution;
        }

        await Task.CompletedTask;
    }
}
