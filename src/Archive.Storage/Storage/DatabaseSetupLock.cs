using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Core.Storage;

/// <summary>
/// Serialises migrations and the first import between processes, so that exactly one does them: on SQLite an
/// <see cref="ExclusiveFileLock"/> beside the database file, on PostgreSQL a session advisory lock; both end with
/// their holder, however it ends. A process that finds the lock taken says so in its log every few seconds, with the
/// holder and since when, and gives up after <see cref="ArchiveOptions.SetupLockTimeoutSeconds"/> with a message.
/// </summary>
public sealed partial class DatabaseSetupLock(IDbContextFactory<ArchiveDbContext> contexts, ArchiveLocations locations, IOptions<ArchiveOptions> options, ILogger<DatabaseSetupLock> logger)
{
    /// <summary>The advisory lock's key on PostgreSQL ("ARCH"); below 2^32, so pg_locks shows it as objid with classid 0.</summary>
    public const long PostgresKey = 0x41524348;

    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(5);

    /// <summary>The lock file of a SQLite database, or null for an in-memory one (which no other process can open).</summary>
    public string? SqliteLockPath => locations.SqliteFile is { } file ? file + ".setup-lock" : null;

    public async Task<IAsyncDisposable> TakeAsync(CancellationToken cancellationToken)
    {
        var timeout = TimeSpan.FromSeconds(options.Value.SetupLockTimeoutSeconds);
        var clock = Stopwatch.StartNew();
        var nextLog = TimeSpan.Zero;
        while (true)
        {
            var held = locations.Provider == DatabaseProvider.Postgres ? await TryPostgresAsync(cancellationToken) : TrySqlite();
            if (held is not null)
            {
                return held;
            }

            var name = Name();
            if (clock.Elapsed >= timeout)
            {
                var holder = await HolderAsync(cancellationToken);
                throw new ArchiveFaultException(string.Create(CultureInfo.InvariantCulture,
                    $"the database's setup lock ({name}) is still held after {timeout.TotalSeconds:0} s by {holder}: another web app or 'archive' command is migrating or importing; let it finish or stop it (the lock ends with its holder), then start again"));
            }

            if (clock.Elapsed >= nextLog)
            {
                LogWaiting(logger, name, await HolderAsync(cancellationToken), clock.Elapsed.TotalSeconds, timeout.TotalSeconds);
                nextLog += LogEvery;
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    private string Name() => SqliteLockPath is { } path ? locations.Display(path) : string.Create(CultureInfo.InvariantCulture, $"PostgreSQL advisory lock {PostgresKey}");

    private IAsyncDisposable? TrySqlite()
    {
        if (SqliteLockPath is not { } path)
        {
            return new Nothing();
        }

        var folder = Path.GetDirectoryName(path)!;
        try
        {
            Directory.CreateDirectory(folder);
            return ExclusiveFileLock.TryTake(path) is { } taken ? new Released(taken) : null;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw DatabaseFaults.FolderNotWritable(locations, folder, ex);
        }
    }

    private async Task<IAsyncDisposable?> TryPostgresAsync(CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = string.Create(CultureInfo.InvariantCulture, $"SELECT pg_try_advisory_lock({PostgresKey})");
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new PostgresLock(db);
            }
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }

        await db.DisposeAsync();
        return null;
    }

    private async Task<string> HolderAsync(CancellationToken cancellationToken)
    {
        if (SqliteLockPath is { } path)
        {
            return ExclusiveFileLock.DescribeHolder(path);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var holders = await db.Database.SqlQueryRaw<string>(string.Create(CultureInfo.InvariantCulture,
            $"SELECT 'PostgreSQL session pid ' || a.pid || ' from ' || COALESCE(host(a.client_addr), 'a local socket') || ' since ' || to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || ' UTC' AS \"Value\" FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = {PostgresKey}"))
            .ToListAsync(cancellationToken);
        return holders.Count > 0 ? holders[0] : "another session (just released)";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting for the migration lock {Lock} held by {Holder} ({Waited:0} s of at most {Timeout:0} s)")]
    private static partial void LogWaiting(ILogger logger, string @lock, string holder, double waited, double timeout);

    private sealed class Nothing : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class Released(ExclusiveFileLock held) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            held.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgresLock(ArchiveDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await db.Database.ExecuteSqlRawAsync(string.Create(CultureInfo.InvariantCulture, $"SELECT pg_advisory_unlock({PostgresKey})"));
            }
            catch (DbException)
            {
                // The connection is gone, and the session's lock with it.
            }

            await db.Database.CloseConnectionAsync();
            await db.DisposeAsync();
        }
    }
}
