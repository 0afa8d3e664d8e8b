using System.Data.Common;
using System.Globalization;
using Archive.Core.Texts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Storage;

/// <summary>Creates and migrates the database, and reads the archive-wide state.</summary>
public sealed partial class ArchiveDatabase(IDbContextFactory<ArchiveDbContext> contexts, ArchiveLocations locations, DatabaseSetupLock setupLock, ILogger<ArchiveDatabase> logger)
{
    /// <summary>Takes the setup lock (waiting a bounded time for another process), then migrates; see <see cref="MigrateHoldingLockAsync"/>.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var held = await TakeSetupLockAsync(cancellationToken);
        await MigrateHoldingLockAsync(cancellationToken);
    }

    /// <summary>
    /// The lock that makes one process at a time migrate and import into an empty database; a PostgreSQL database that
    /// does not exist yet is created first (by one node: the others find it created).
    /// </summary>
    public async Task<IAsyncDisposable> TakeSetupLockAsync(CancellationToken cancellationToken)
    {
        if (locations.Provider == DatabaseProvider.Postgres)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var creator = db.GetService<IRelationalDatabaseCreator>();
            if (!await creator.ExistsAsync(cancellationToken))
            {
                try
                {
                    await creator.CreateAsync(cancellationToken);
                }
                catch (DbException ex) when (ex.SqlState is "42P04" or "23505")
                {
                    // another node created it a moment ago
                }
            }
        }

        return await setupLock.TakeAsync(cancellationToken);
    }

    /// <summary>
    /// Refuses a database whose history holds migrations this build does not know (written by a newer version), applies
    /// pending migrations, and switches SQLite to WAL so readers never wait for an import. The caller holds the setup lock.
    /// </summary>
    public async Task MigrateHoldingLockAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
            var applied = await HasHistoryAsync(db, cancellationToken) ? (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList() : [];
            RefuseNewer(applied, known);

            if (applied.Count < known.Count)
            {
                if (db.Database.IsSqlite())
                {
                    await ReleaseDeadMigrationLockAsync(db, cancellationToken);
                }

                await db.Database.MigrateAsync(cancellationToken);
            }

            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
        }
        catch (SqliteException ex) when (DatabaseFaults.Explain(ex, locations, "the database is unchanged") is { } fault)
        {
            throw fault;
        }
    }

    /// <summary>The import generation: bumped by every import that changes anything; 0 for an empty archive.</summary>
    public async Task<long> GetGenerationAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ReadGenerationAsync(db, cancellationToken);
    }

    /// <summary>The import generation as <paramref name="db"/> sees it (inside its read snapshot, if it has one).</summary>
    public static async Task<long> ReadGenerationAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var value = await db.State.Where(s => s.Key == ArchiveStateEntry.GenerationKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        return value is null ? 0 : long.Parse(value, CultureInfo.InvariantCulture);
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return !await db.Resolutions.AnyAsync(cancellationToken);
    }

    /// <summary>Whether the migration history exists, asked without an error in the log (EF asks PostgreSQL for the rows and fails).</summary>
    private static async Task<bool> HasHistoryAsync(ArchiveDbContext db, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<int>(db.Database.IsSqlite()
            ? "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'"
            : "SELECT CASE WHEN to_regclass('\"__EFMigrationsHistory\"') IS NULL THEN 0 ELSE 1 END AS \"Value\"")
            .SingleAsync(cancellationToken) > 0;

    /// <summary>
    /// EF Core's migration lock on SQLite is a row in <c>__EFMigrationsLock</c> that a killed process leaves behind, and
    /// EF waits for that row without end. Every migrating process holds the setup lock first, and that lock ends with
    /// its holder, so a row found while holding it belongs to a process that is gone: it is deleted, and said so.
    /// </summary>
    private async Task ReleaseDeadMigrationLockAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        var hasLockTable = await db.Database
            .SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'")
            .SingleAsync(cancellationToken) > 0;
        if (!hasLockTable)
        {
            return;
        }

        var taken = await db.Database.SqlQueryRaw<string>("SELECT \"Timestamp\" AS \"Value\" FROM \"__EFMigrationsLock\"").ToListAsync(cancellationToken);
        if (taken.Count > 0)
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\";", cancellationToken);
            LogDeadLockReleased(logger, Where(), taken[0]);
        }
    }

    private void RefuseNewer(List<string> applied, HashSet<string> known)
    {
        var unknown = applied.Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArchiveFaultException(
                $"the database {Where()} holds {unknown.Count} migration(s) this build does not know ({string.Join(", ", unknown)}): it was written by a newer version of the archive; run that version, or restore a backup made before the upgrade");
        }
    }

    private string Where() => locations.SqliteFile is { } file ? locations.Display(file) : "(PostgreSQL)";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Released EF Core's migration lock in {Database}, taken at {Taken} by a process that has ended")]
    private static partial void LogDeadLockReleased(ILogger logger, string database, string taken);
}
