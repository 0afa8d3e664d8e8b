using Archive.Core.Import;
using Archive.Core.Storage;

namespace Archive.Core.Content;

/// <summary>
/// The checks' findings on content/ for the status page: the content checked against the imported original once per
/// archive generation (each import that changes something starts a new one), kept until the next.
/// </summary>
public sealed class ContentFindingsStore(ArchiveImporter importer, ArchiveDatabase database, ArchiveLocations locations)
{
    private Cached? _cached;

    public async Task<ContentCheckReport> GetAsync(CancellationToken cancellationToken)
    {
        var generation = await database.GetGenerationAsync(cancellationToken);
        if (Volatile.Read(ref _cached) is { } cached && cached.Generation == generation)
        {
            return cached.Report;
        }

        // Two first requests may both check; the result is the same, so no lock is needed.
        var (report, _) = await importer.CheckContentAsync(locations.ContentDirectory, cancellationToken);
        Volatile.Write(ref _cached, new Cached(generation, report));
        return report;
    }

    private sealed record Cached(long Generation, ContentCheckReport Report);
}
