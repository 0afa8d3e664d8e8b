using Archive.Web.Tests.Faults.Processes;

namespace Archive.Web.Tests.Nodes;

/// <summary>
/// Two web nodes on one fresh PostgreSQL database (on the server tests/run.sh provides), each with its own search
/// index, importing a copy of the archive root; the database dropped and the copy deleted when disposed.
/// </summary>
public sealed class TwoNodeArchive : IAsyncDisposable
{
    private readonly PostgresDatabase _database;

    private TwoNodeArchive(PostgresDatabase database)
    {
        _database = database;
        Root = ScratchArchive.CopyRoot("archive-nodes-");
        First = new ArchiveWebFactory { Root = Root, Provider = "Postgres", ConnectionString = database.ConnectionString };
        Second = new ArchiveWebFactory { Root = Root, Provider = "Postgres", ConnectionString = database.ConnectionString };
    }

    /// <summary>The copy of seeds/ and content/ both nodes import.</summary>
    public string Root { get; }

    /// <summary>The node that imports.</summary>
    public ArchiveWebFactory First { get; }

    /// <summary>The node that reads what the other imported.</summary>
    public ArchiveWebFactory Second { get; }

    /// <summary>Both nodes started with their indexes built, or null without a server (refused under tests/run.sh).</summary>
    public static async Task<TwoNodeArchive?> StartAsync()
    {
        var database = PostgresDatabase.TryCreate();
        if (database is null)
        {
            return null;
        }

        var nodes = new TwoNodeArchive(database);
        await nodes.First.WaitForSearchAsync();
        await nodes.Second.WaitForSearchAsync();
        return nodes;
    }

    public async ValueTask DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }
}
