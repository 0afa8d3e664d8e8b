namespace Archive.Core.Search;

/// <summary>Why the search index could not be brought up to date; the readable index, if any, is still served read-only.</summary>
public enum SearchIndexProblem
{
    /// <summary>The index is current, or being built.</summary>
    None,

    /// <summary>Another process (a running site, an <c>archive</c> command) owns the index folder and writes it.</summary>
    OwnedElsewhere,

    /// <summary>The index folder cannot be written: permissions, a read-only file system.</summary>
    NotWritable,

    /// <summary>The disk holding the index is full.</summary>
    DiskFull,

    /// <summary>Any other failure while writing the index.</summary>
    WriteFailed,
}
