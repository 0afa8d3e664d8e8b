using System.Globalization;
using Archive.Core.Texts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Storage;

/// <summary>Creates and migrates the database, and reads the archive-wide state.</summary>
public sealed class ArchiveDatabase(IDbContextFactory<ArchiveDbContext> contexts, ArchiveLocations locations)
{
    /// <summary>Applies pending migrations and switches SQLite to WAL so readers never wait for an import.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(locations.DataDirectory);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Database.GetDbConnection() is SqliteConnection { DataSource: { Length: > 0 } file } && file != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }
        }

        // EF Core's migration lock on SQLite is a row in __EFMigrationsLock that a killed process leaves behind, and
        // MigrateAsync waits for it forever. So the lock is taken only when there is something to migrate, and a lock
        // older than a minute (far longer than any migration of this archive takes) is a dead process's: released first.
        // PostgreSQL's lock is a session advisory lock that dies with its process, and Migrate creates a missing database.
        if (!db.Database.IsSqlite())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        else if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await ReleaseStaleMigrationLockAsync(db, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private static async Task ReleaseStaleMigrationLockAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        var hasLockTable = await db.Database
            .SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'")
            .SingleAsync(cancellationToken) > 0;
        if (hasLockTable)
        {
            await db.Database.ExecuteSqlRawAsync(
                "DELETE FROM \"__EFMigrationsLock\" WHERE julianday('now') - julianday(substr(\"Timestamp\", 1, 19)) > 1.0 / 1440;", cancellationToken);
        }
    }

    /// <summary>The import generation: bumped by every import that changes anything; 0 for an empty archive.</summary>
    public async Task<long> GetGenerationAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var value = await db.State.Where(s => s.Key == ArchiveStateEntry.GenerationKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        return value is null ? 0 : long.Parse(value, CultureInfo.InvariantCulture);
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return !await db.Resolutions.AnyAsync(cancellationToken);
    }
}
