using Microsoft.Data.Sqlite;

namespace Archive.Web.Tests.Faults;

/// <summary>
/// A data folder (database and search index) made once by a real app instance from seeds/ and content/; each test
/// works on a copy of it, so it can damage the index and start a fresh app on the same database.
/// </summary>
public sealed class PreparedArchive : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("archive-prepared-").FullName;

    private readonly List<string> _copies = [];

    public async Task InitializeAsync()
    {
        await using var app = new IsolatedWebFactory(_folder, ArchiveWebFactory.RepositoryRoot);
        await app.WaitForSearchAsync();
    }

    /// <summary>A fresh copy of the data folder, deleted with the fixture.</summary>
    public string Copy()
    {
        SqliteConnection.ClearAllPools();
        var copy = Directory.CreateTempSubdirectory("archive-fault-").FullName;
        foreach (var file in Directory.GetFiles(_folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(_folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        lock (_copies)
        {
            _copies.Add(copy);
        }

        return copy;
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var folder in _copies.Append(_folder))
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // left for the OS to clean
            }
        }

        return Task.CompletedTask;
    }
}
