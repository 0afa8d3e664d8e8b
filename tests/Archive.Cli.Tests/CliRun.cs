namespace Archive.Cli.Tests;

/// <summary>Runs the <c>archive</c> command in process against a database file in a temporary folder.</summary>
internal sealed class CliRun : IDisposable
{
    public CliRun() => Folder = Directory.CreateTempSubdirectory("archive-cli-test-").FullName;

    public string Folder { get; }

    public string Db => Path.Combine(Folder, "archive.db");

    public static string RepositoryRoot => Archive.Tests.RepositoryRoot.Path;

    public static string Seed => Path.Combine(RepositoryRoot, "seeds", "wpi-congress-12", "resolutions.fa.txt");

    public static string Content => Path.Combine(RepositoryRoot, "content");

    public async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ArchiveCli.RunAsync([.. args, "--db", Db], output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Copies the repository's content/ into <paramref name="to"/> (default: content/ in this run's folder) and returns it.</summary>
    public string CopyContent(string? to = null)
    {
        to ??= Path.Combine(Folder, "content");
        foreach (var file in Directory.GetFiles(Content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return to;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS to clean
        }
    }
}
