namespace Archive.Web.Tests.Hostile;

/// <summary>
/// An app on an archive whose seed and translation carry markup: a heading, clauses, a translated title and translator,
/// and Markdown blocks with scripts, frames, event handlers and script links.
/// </summary>
public sealed class HostileContentArchive : IAsyncLifetime, IDisposable
{
    private const string Seed = """
        قطعنامه در مورد <script>alert('heading')</script>
        متن <script>alert('clause')</script> پایان
        الف- <img src=x onerror=alert('img')> و <iframe src=https://evil.example></iframe>
        قرار در مورد آزمون
        متن دوم "><script>alert('attr')</script><a href="javascript:alert('a')">x</a>
        """;

    private const string Translation = """
        ---
        resolution: 1
        language: en
        title: "<script>alert('title')</script> Resolution"
        status: draft
        translator: "<img src=x onerror=alert('translator')>"
        date: 2026-11-24
        ---

        {#p1}
        Text <script>alert('md')</script> [click](javascript:alert('link')) <img src=x onerror=alert('mdimg')> end

        {#a}
        Item &#106;avascript:alert(1) <javascript:alert('auto')> [data](data:text/html,alert) <iframe src=x></iframe>
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("archive-hostile-root-").FullName;
    private readonly string _data = Directory.CreateTempSubdirectory("archive-hostile-data-").FullName;
    private IsolatedWebFactory? _factory;

    public IsolatedWebFactory Factory => _factory!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_root, "seeds", "hostile"));
        Directory.CreateDirectory(Path.Combine(_root, "content", "translations", "en"));
        await File.WriteAllTextAsync(Path.Combine(_root, "seeds", "hostile", "resolutions.fa.txt"), Seed);
        await File.WriteAllTextAsync(Path.Combine(_root, "content", "translations", "en", "01.md"), Translation);
        File.Copy(Path.Combine(ArchiveWebFactory.RepositoryRoot, "content", "languages.yml"), Path.Combine(_root, "content", "languages.yml"));
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
}
