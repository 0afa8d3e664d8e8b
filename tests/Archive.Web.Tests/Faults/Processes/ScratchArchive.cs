using Microsoft.Data.Sqlite;

namespace Archive.Web.Tests.Faults.Processes;

/// <summary>
/// An archive root of the test's own (copies of seeds/ and content/) with a data folder in it, for the real programs
/// to run on; mounts made over its folders are undone and the whole folder deleted with it.
/// </summary>
internal sealed class ScratchArchive : IDisposable
{
    private readonly List<string> _mounts = [];

    public ScratchArchive()
    {
        Root = CopyRoot("archive-process-");
        Directory.CreateDirectory(Data);
    }

    public string Root { get; }

    public string Data => Path.Combine(Root, "data");

    public string Database => Path.Combine(Data, "archive.db");

    public string Index => Path.Combine(Data, "archive-index");

    public string Seed => Path.Combine(Root, "seeds", "wpi-congress-12", "resolutions.fa.txt");

    /// <summary>A temporary folder with copies of the repository's seeds/ and content/.</summary>
    public static string CopyRoot(string prefix)
    {
        var root = Directory.CreateTempSubdirectory(prefix).FullName;
        foreach (var folder in new[] { "seeds", "content" })
        {
            var from = Path.Combine(ArchiveWebFactory.RepositoryRoot, folder);
            foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root, folder, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        return root;
    }

    /// <summary>The settings of a site on this archive's SQLite database.</summary>
    public Dictionary<string, string> Sqlite => new(StringComparer.Ordinal) { ["Archive__DataDirectory"] = Data };

    /// <summary>Changes the first resolution's first clause by a word no other text has, for an import to bring in.</summary>
    public void AddWord(string word) =>
        File.WriteAllText(Seed, File.ReadAllText(Seed).Replace("نظیر خصوصی سازی", "نظیر خصوصی سازی " + word, StringComparison.Ordinal));

    /// <summary>A tmpfs of <paramref name="size"/> (e.g. "1m") over <paramref name="folder"/>; needs root.</summary>
    public void MountTmpfs(string folder, string size)
    {
        Directory.CreateDirectory(folder);
        Mount.Run("-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder);
        _mounts.Add(folder);
    }

    /// <summary>Makes <paramref name="folder"/> read-only for everyone, root too, by a read-only bind mount over itself.</summary>
    public void MountReadOnly(string folder)
    {
        Mount.Run("--bind", folder, folder);
        _mounts.Add(folder);
        Mount.Run("-o", "remount,bind,ro", folder);
    }

    /// <summary>Fills the file system holding <paramref name="folder"/> to the last byte with a file there.</summary>
    public static string Fill(string folder)
    {
        var filler = Path.Combine(folder, "filler");
        using var stream = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.WriteThrough);
        var block = new byte[4096];
        try
        {
            while (true)
            {
                stream.Write(block);
            }
        }
        catch (IOException)
        {
            // full
        }

        return filler;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var folder in Enumerable.Reverse(_mounts))
        {
            Mount.Undo(folder);
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS to clean
        }
    }
}
