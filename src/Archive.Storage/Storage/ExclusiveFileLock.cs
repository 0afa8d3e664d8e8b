using System.Globalization;

namespace Archive.Core.Storage;

/// <summary>
/// An exclusive advisory lock on a file (<c>flock</c> on Linux, a share lock on Windows) that the operating system
/// releases when its holder ends, however it ends: a killed holder leaves the file, never the lock. The holder writes
/// its process id, host and start time into the file, for an operator to read.
/// </summary>
public sealed class ExclusiveFileLock : IDisposable
{
    /// <summary>What a taken lock raises: EWOULDBLOCK from flock on Linux, ERROR_SHARING_VIOLATION on Windows.</summary>
    private static readonly int[] Taken = [11, 35, unchecked((int)0x80070020)];

    private readonly FileStream _stream;

    private ExclusiveFileLock(FileStream stream, string path)
    {
        _stream = stream;
        Path = path;
    }

    public string Path { get; }

    /// <summary>Takes the lock, or returns null when another process (or another holder in this one) has it.</summary>
    /// <exception cref="UnauthorizedAccessException">The folder or file is not writable by this user.</exception>
    /// <exception cref="IOException">The file could not be created for another reason (a read-only or full file system).</exception>
    public static ExclusiveFileLock? TryTake(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (Taken.Contains(ex.HResult))
        {
            return null;
        }

        try
        {
            stream.SetLength(0);
            var holder = string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId} on {Environment.MachineName} since {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss} UTC\n");
            stream.Write(System.Text.Encoding.UTF8.GetBytes(holder));
            stream.Flush();
        }
        catch (IOException)
        {
            // The holder's note is for messages only; a full disk must not keep the lock from being taken.
        }

        return new ExclusiveFileLock(stream, path);
    }

    /// <summary>
    /// Since when the lock at <paramref name="path"/> has been held: its holder wrote the file when it took it. (Reading
    /// the holder's note takes a shared lock, which the exclusive one refuses; <c>cat</c> shows it to an operator.)
    /// </summary>
    public static string DescribeHolder(string path) =>
        string.Create(CultureInfo.InvariantCulture, $"another process since {File.GetLastWriteTimeUtc(path):yyyy-MM-dd HH:mm:ss} UTC (its pid and host are in the file)");

    public void Dispose() => _stream.Dispose();
}
