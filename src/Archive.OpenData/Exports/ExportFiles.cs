namespace Archive.Core.Exports;

/// <summary>
/// Writes export files so that nothing is ever half-written: each file goes to a temporary file beside it and is moved
/// into place only when whole; a folder export is written into a fresh temporary folder and moved into place at the end.
/// </summary>
public static class ExportFiles
{
    /// <summary>Writes one file through <paramref name="write"/>, replacing any file already at <paramref name="path"/>.</summary>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new ArchiveFaultException($"{path}: the folder {folder} does not exist");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = File.Create(temporary))
            {
                await write(stream, cancellationToken);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new ArchiveFaultException($"{path}: cannot write the export: {ex.Message}", ex);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>
    /// Fills a new folder at <paramref name="path"/> through <paramref name="fill"/> (given the temporary folder to
    /// write in); refuses a path that exists and is not an empty folder.
    /// </summary>
    public static async Task WriteFolderAsync(string path, Func<string, CancellationToken, Task> fill, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fill);
        var full = Path.GetFullPath(path);
        if (File.Exists(full) || (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any()))
        {
            throw new ArchiveFaultException($"{path}: already exists and is not an empty folder; give --out a new folder");
        }

        var parent = Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar))!;
        if (!Directory.Exists(parent))
        {
            throw new ArchiveFaultException($"{path}: the folder {parent} does not exist");
        }

        var temporary = Path.Combine(parent, $".{Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar))}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(temporary);
        try
        {
            await fill(temporary, cancellationToken);
            if (Directory.Exists(full))
            {
                Directory.Delete(full);
            }

            Directory.Move(temporary, full);
        }
        catch
        {
            Directory.Delete(temporary, recursive: true);
            throw;
        }
    }
}
