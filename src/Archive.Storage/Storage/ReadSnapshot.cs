using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Storage;

/// <summary>
/// One consistent view of the database for every statement of a read (a split query, or the several reads a page
/// makes), so that an import committed meanwhile is seen wholly or not at all. On SQLite a deferred BEGIN, taken without
/// the write lock (BEGIN IMMEDIATE, as BeginTransactionAsync does, would wait for a running import); on PostgreSQL a
/// repeatable-read transaction, whose snapshot readers get without waiting for writers.
/// </summary>
public static class ReadSnapshot
{
    /// <summary>Begins the snapshot on <paramref name="db"/>'s connection; dispose it when the reads are done.</summary>
    public static async Task<DbTransaction> BeginAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var transaction = db.Database.GetDbConnection() is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await db.Database.GetDbConnection().BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        return transaction;
    }
}
