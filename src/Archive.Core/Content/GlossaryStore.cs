using Archive.Core.Import;

namespace Archive.Core.Content;

/// <summary>The glossary from content/glossary.yml, read once and kept (it changes only with a deployment).</summary>
public sealed class GlossaryStore(ArchiveLocations locations)
{
    private IReadOnlyList<GlossaryEntry>? _entries;

    public async Task<IReadOnlyList<GlossaryEntry>> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _entries) is { } cached)
        {
            return cached;
        }

        // Two first requests may both read the file; the result is the same, so no lock is needed.
        var content = await new ContentReader(locations).ReadAsync(null, [], cancellationToken);
        Volatile.Write(ref _entries, content.Glossary);
        return content.Glossary;
    }
}
