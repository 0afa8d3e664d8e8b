using Microsoft.Data.Sqlite;

namespace Archive.Core.Storage;

/// <summary>The one-line messages for the database faults an operator can meet, and what to do about each.</summary>
public static class DatabaseFaults
{
    /// <summary>SQLite's "database or disk is full".</summary>
    public const int SqliteFull = 13;

    /// <summary>SQLite's "disk I/O error", which is what a full disk gives when SQLite grows its -shm file or maps it.</summary>
    public const int SqliteIoError = 10;

    public static ArchiveFaultException FolderNotWritable(ArchiveLocations locations, string folder, Exception cause)
    {
        ArgumentNullException.ThrowIfNull(locations);
        ArgumentNullException.ThrowIfNull(cause);
        return new ArchiveFaultException(
            $"the database folder {locations.Display(folder)} is not writable by this user ({cause.Message.TrimEnd('.')}): SQLite in WAL mode keeps its -wal and -shm files (and the archive its setup lock) beside the database, so the folder itself must be writable; give the service user write access to it, or point --db / ConnectionStrings__Archive at a writable folder",
            cause);
    }

    /// <summary>True for "no space left on device" from the file system and SQLite's "database or disk is full".</summary>
    public static bool IsDiskFull(Exception exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteFull,
        IOException io => io.HResult is 28 or unchecked((int)0x80070070) || io.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase),
        _ => exception.InnerException is { } inner && IsDiskFull(inner),
    };

    /// <summary>The fault behind a SQLite error met while opening or writing the database, or null when it is none of these.</summary>
    public static ArchiveFaultException? Explain(Exception exception, ArchiveLocations locations, string whatIsUnchanged)
    {
        ArgumentNullException.ThrowIfNull(locations);
        if (IsDiskFull(exception) || (exception is SqliteException { SqliteErrorCode: SqliteIoError } && locations.SqliteFile is { } db && IsFull(Path.GetDirectoryName(db)!)))
        {
            return new ArchiveFaultException($"the disk holding {Where(locations)} is full ({exception.Message.TrimEnd('.')}); {whatIsUnchanged}: free space on it and run again", exception);
        }

        if (exception is SqliteException { SqliteErrorCode: 14 or 8 } && locations.SqliteFile is { } file)
        {
            return FolderNotWritable(locations, Path.GetDirectoryName(file)!, exception);
        }

        return exception is SqliteException { SqliteErrorCode: 26 } && locations.SqliteFile is { } notADatabase
            ? new ArchiveFaultException($"{locations.Display(notADatabase)} is not a SQLite database (file is not a database); point --db / ConnectionStrings__Archive at the archive's database, or restore it from a backup", exception)
            : null;
    }

    /// <summary>True when the file system holding <paramref name="folder"/> has (next to) no room left.</summary>
    private static bool IsFull(string folder)
    {
        try
        {
            return new DriveInfo(folder).AvailableFreeSpace < 64 * 1024;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string Where(ArchiveLocations locations) =>
        locations.SqliteFile is { } file ? locations.Display(file) : "the database";
}
