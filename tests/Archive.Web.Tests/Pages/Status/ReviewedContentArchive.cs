namespace Archive.Web.Tests.Pages.Status;

/// <summary>
/// An app on the real seed and a copy of content/ in which en/01.md marks clause b reviewed and clause c outdated in
/// their own block markers, and en/06.md p2 has lost its number 31 (an open warning of the checks).
/// </summary>
public sealed class ReviewedContentArchive : IAsyncLifetime, IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("archive-reviewed-root-").FullName;
    private readonly string _data = Directory.CreateTempSubdirectory("archive-reviewed-data-").FullName;
    private IsolatedWebFactory? _factory;

    public IsolatedWebFactory Factory => _factory!;

    public async Task InitializeAsync()
    {
        var repository = ArchiveWebFactory.RepositoryRoot;
        Directory.CreateDirectory(Path.Combine(_root, "seeds", "wpi"));
        File.Copy(Path.Combine(repository, "seeds", "wpi-congress-12", "resolutions.fa.txt"), Path.Combine(_root, "seeds", "wpi", "resolutions.fa.txt"));
        foreach (var file in Directory.GetFiles(Path.Combine(repository, "content"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_root, "content", Path.GetRelativePath(Path.Combine(repository, "content"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        await Edit("en/01.md", "\n{#b}\n", "\n{#b status=reviewed}\n");
        await Edit("en/01.md", "\n{#c}\n", "\n{#c status=outdated}\n");
        await Edit("en/06.md", "more than 31 thousand girls", "more than thousands of girls");
        _factory = new IsolatedWebFactory(_data, _root);
        await Factory.WaitForSearchAsync();
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
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

    public void Dispose() => _factory?.Dispose();

    private async Task Edit(string file, string from, string to)
    {
        var path = Path.Combine(_root, "content", "translations", file);
        var text = await File.ReadAllTextAsync(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
