using Archive.Core.Storage;
using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Archive.Core.Bulk;

/// <summary>
/// The tables a fresh document's resolutions go into, written in bulk on the context's connection and transaction:
/// resolutions, their clauses, retired clauses, revisions and revision changes. Rows are held up to
/// <see cref="BatchRows"/> and then written table by table in that order, parents before the children that point at them.
/// </summary>
internal sealed class BulkRows : IAsyncDisposable
{
    /// <summary>Rows held in memory, over all tables, before they are written.</summary>
    public const int BatchRows = 20_000;

    private readonly BulkTable[] _tables;

    private BulkRows(BulkTable[] tables) => _tables = tables;

    public BulkTable Resolutions => _tables[0];

    public BulkTable Clauses => _tables[1];

    public BulkTable RetiredClauses => _tables[2];

    public BulkTable Revisions => _tables[3];

    public BulkTable Changes => _tables[4];

    public static async Task<BulkRows> OpenAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("the bulk writer runs inside the import's transaction");
        BulkTableShape[] shapes =
        [
            BulkTableShape.Of<Resolution>(db), BulkTableShape.Of<Clause>(db), BulkTableShape.Of<RetiredClause>(db),
            BulkTableShape.Of<ResolutionRevision>(db), BulkTableShape.Of<RevisionChange>(db),
        ];
        var tables = new BulkTable[shapes.Length];
        for (var i = 0; i < shapes.Length; i++)
        {
            tables[i] = connection is NpgsqlConnection
                ? await PostgresBulkTable.CreateAsync(shapes[i], connection, cancellationToken)
                : await SqliteBulkTable.CreateAsync(shapes[i], connection, transaction, cancellationToken);
        }

        return new BulkRows(tables);
    }

    /// <summary>Writes what is held when it reaches <see cref="BatchRows"/>.</summary>
    public async Task FlushIfFullAsync(CancellationToken cancellationToken)
    {
        if (_tables.Sum(t => t.Pending) >= BatchRows)
        {
            await FlushAsync(cancellationToken);
        }
    }

    /// <summary>Writes everything held and moves each table's id sequence past the ids given.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        foreach (var table in _tables)
        {
            await table.CloseAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var table in _tables)
        {
            await table.DisposeAsync();
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var table in _tables)
        {
            await table.FlushAsync(cancellationToken);
        }
    }
}
