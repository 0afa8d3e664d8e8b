namespace Archive.Web.Startup;

/// <summary>
/// The last database check made by <see cref="SearchIndexMaintainer"/> (every poll), so that <c>/healthz</c> answers from
/// memory and stays the cheapest endpoint; it says when the check was made.
/// </summary>
public sealed class ArchiveHealth
{
    private volatile Snapshot _last = new(null, null, null);

    public Snapshot Last => _last;

    public void Record(long generation) => _last = new(generation, null, DateTimeOffset.UtcNow);

    public void Fail(string error) => _last = new(_last.Generation, error, DateTimeOffset.UtcNow);

    /// <summary>The database's import generation at <paramref name="CheckedAt"/>, or the error that check met.</summary>
    public sealed record Snapshot(long? Generation, string? Error, DateTimeOffset? CheckedAt);
}
