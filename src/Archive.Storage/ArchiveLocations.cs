using Archive.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Archive.Core;

/// <summary>The absolute folders and the connection string the archive uses, resolved once from configuration.</summary>
public sealed class ArchiveLocations
{
    public ArchiveLocations(IOptions<ArchiveOptions> options, IOptions<DatabaseOptions> database, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(configuration);
        var o = options.Value;
        Root = o.RootDirectory is { Length: > 0 } root ? Path.GetFullPath(root) : FindRoot();
        DataDirectory = Resolve(o.DataDirectory);
        SeedsDirectory = Resolve(o.SeedsDirectory);
        ContentDirectory = Resolve(o.ContentDirectory);
        Provider = database.Value.ProviderKind;
        ConnectionString = configuration.GetConnectionString("Archive") is { Length: > 0 } cs
            ? cs
            : Provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(DataDirectory, "archive.db")}"
                : throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Archive is not set (e.g. ConnectionStrings__Archive=\"Host=db;Database=archive;Username=archive;Password=…\").");
        SqliteFile = Provider == DatabaseProvider.Sqlite ? FileOf(ConnectionString) : null;
        IndexDirectory = o.IndexDirectory is { Length: > 0 } index
            ? Resolve(index)
            : SqliteFile is { } file
                ? Path.Combine(Path.GetDirectoryName(file)!, Path.GetFileNameWithoutExtension(file) + "-index")
                : Path.Combine(DataDirectory, "index");
    }

    public string Root { get; }

    public string DataDirectory { get; }

    public string SeedsDirectory { get; }

    public string ContentDirectory { get; }

    public string IndexDirectory { get; }

    public string ConnectionString { get; }

    /// <summary>The full path of the SQLite database file; null for PostgreSQL and for an in-memory SQLite database.</summary>
    public string? SqliteFile { get; }

    /// <summary>The database engine (<c>Database:Provider</c>: Sqlite, the default, or Postgres).</summary>
    public DatabaseProvider Provider { get; }

    public string Resolve(string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(Root, path));

    /// <summary>A path for messages and the database: relative to the root with '/' when inside it.</summary>
    public string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(Root, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? fullPath
            : relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>
    /// The index belongs to one database: beside a SQLite file <c>x.db</c> it is the folder <c>x-index</c>, so that
    /// <c>--db</c> on the command never mixes two archives' indexes; for an in-memory database, <c>index</c> in the data folder.
    /// </summary>
    private static string? FileOf(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString);
        return source.Mode == SqliteOpenMode.Memory || source.DataSource is "" or ":memory:" ? null : Path.GetFullPath(source.DataSource);
    }

    /// <summary>The nearest folder, from the working directory and then from the program's own folder upwards, that has <c>seeds/</c>.</summary>
    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "seeds")))
                {
                    return dir.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
