namespace Archive.Web.Tests;

/// <summary>
/// A test fixture: an app of its own (<see cref="IsolatedWebFactory"/>) on a temporary archive root, which
/// <see cref="PrepareAsync"/> fills with seeds/ and content/, and a temporary data folder; both are deleted afterwards.
/// </summary>
public abstract class IsolatedArchive : IAsyncLifetime, IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("archive-isolated-root-").FullName;
    private readonly string _data = Directory.CreateTempSubdirectory("archive-isolated-data-").FullName;
    private IsolatedWebFactory? _factory;

    public IsolatedWebFactory Factory => _factory!;

    public async Task InitializeAsync()
    {
        await PrepareAsync(_root);
        _factory = new IsolatedWebFactory(_data, _root);
        await Factory.WaitForSearchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _factory = null;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var folder in new[] { _root, _data })
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
    }

    public void Dispose()
    {
        _factory?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Writes the archive root's seeds/ and content/.</summary>
    protected abstract Task PrepareAsync(string root);
}
