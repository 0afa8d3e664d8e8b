using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Archive.Core.Storage;

namespace Archive.Web.OpenData;

/// <summary>
/// The downloads' folders in the data folder: <c>exports/{generation}-{site}/</c>, one per import generation and site
/// address (<c>{site}</c>: the first 16 hex digits of the SHA-256 of the address). A folder is filled under a temporary
/// name (<c>.{name}.{guid}.tmp</c>) and renamed into place whole, so a folder that is there is complete. Builds hold
/// <c>exports/.build.lock</c>, an advisory lock that ends with its holder however it ends: nodes sharing the data folder
/// make each folder once, and a temporary found by the lock's holder is a dead build's, removed.
/// </summary>
internal sealed class ExportFolders(string root)
{
    /// <summary>How often a build waiting for another node's polls the lock.</summary>
    private static readonly TimeSpan LockPoll = TimeSpan.FromMilliseconds(200);

    /// <summary>The <c>exports</c> folder.</summary>
    public string Root => root;

    public string PathOf(long generation, Uri site) => Path.Combine(root, string.Create(CultureInfo.InvariantCulture, $"{generation}-{SiteKey(site)}"));

    /// <summary>The folder of <paramref name="generation"/> and <paramref name="site"/> when it holds every one of <paramref name="files"/>, else null.</summary>
    public string? Find(long generation, Uri site, IEnumerable<string> files)
    {
        var folder = PathOf(generation, site);
        return files.All(f => File.Exists(Path.Combine(folder, f))) ? folder : null;
    }

    /// <summary>Takes the build lock, waiting while another process holds it; makes the <c>exports</c> folder first.</summary>
    public async Task<ExclusiveFileLock> LockAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(root);
        var path = Path.Combine(root, ".build.lock");
        while (true)
        {
            if (ExclusiveFileLock.TryTake(path) is { } taken)
            {
                return taken;
            }

            await Task.Delay(LockPoll, cancellationToken);
        }
    }

    /// <summary>
    /// For the lock's holder, before it builds <paramref name="folder"/>: removes the temporaries of builds that did not
    /// finish, and a folder at <paramref name="folder"/> that is not whole (one that lost a file).
    /// </summary>
    public void RemoveUnfinished(string folder)
    {
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos(".*.tmp"))
        {
            Remove(entry);
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Removes the folders of generations before <paramref name="generation"/> (once the new one is in place); a file still being downloaded stays readable to its reader.</summary>
    public void RemoveGenerationsBefore(long generation)
    {
        foreach (var folder in new DirectoryInfo(root).EnumerateDirectories())
        {
            var dash = folder.Name.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && long.TryParse(folder.Name.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var old) && old < generation)
            {
                Remove(folder);
            }
        }
    }

    private static string SiteKey(Uri site) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(site.AbsoluteUri)))[..16];

    private static void Remove(FileSystemInfo entry)
    {
        try
        {
            if (entry is DirectoryInfo folder)
            {
                folder.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another node removed it first, or it cannot be removed now: the next build tries again.
        }
    }
}
