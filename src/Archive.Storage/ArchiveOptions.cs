namespace Archive.Core;

/// <summary>Settings under <c>Archive:</c>. Relative folders are resolved against the archive root.</summary>
public sealed class ArchiveOptions
{
    public const string Section = "Archive";

    /// <summary>The folder holding <c>seeds/</c> and <c>content/</c>; found by walking up from the working directory when unset.</summary>
    public string? RootDirectory { get; set; }

    /// <summary>Where the SQLite file and the search index live.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    public string SeedsDirectory { get; set; } = "seeds";

    public string ContentDirectory { get; set; } = "content";

    /// <summary>The search index's folder; unset: beside the SQLite file (<c>x.db</c> → <c>x-index</c>), else <c>index</c> in the data folder.</summary>
    public string? IndexDirectory { get; set; }

    /// <summary>
    /// How many threads a full rebuild of the search index uses on a large archive (one part of the resolutions each,
    /// see docs/search.md); 1, the default, keeps the rebuild on one thread; 0 means one per processor, at most four.
    /// Each thread beyond the first holds a 64 MiB writer buffer, and the parts' segments read back as they join the
    /// index add to the process's resident memory (measured at 1,000,000 clauses: docs/performance.md).
    /// </summary>
    public int IndexThreads { get; set; } = 1;

    /// <summary>How often a web node looks for a newer import to bring its search index up to date.</summary>
    public double IndexPollSeconds { get; set; } = 5;

    /// <summary>How long a node waits before it tries again to update an index that it could not write.</summary>
    public double IndexRetrySeconds { get; set; } = 30;

    /// <summary>
    /// The collection that references without one mean: the old URLs (<c>/resolutions/1</c>), <c>archive show 1</c>,
    /// plain numbers in content/topics.yml. When no collection has this slug, the first imported one.
    /// </summary>
    public string FirstCollection { get; set; } = "wpi-congress-12";

    /// <summary>
    /// How long a start waits for the database's setup lock (migrations and the first import) that another process
    /// holds before it gives up with a message naming the lock; it logs that it waits every few seconds meanwhile.
    /// </summary>
    public double SetupLockTimeoutSeconds { get; set; } = 120;

    /// <summary>
    /// A test hook, never set in production: the migration pauses this long inside its first statement, holding both
    /// the setup lock and EF Core's migration lock, so that a test can kill the process there.
    /// </summary>
    public double TestPauseInMigrationSeconds { get; set; }
}
