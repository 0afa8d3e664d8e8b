using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Storage;

public sealed partial class ArchiveDatabase
{
    /// <summary>
    /// For a command that only reads: the database must exist and have this build's schema. Nothing is created or
    /// migrated (a missing SQLite file stays missing); a missing, empty, older or newer database is one message saying
    /// what to run.
    /// </summary>
    public async Task EnsureReadableAsync(CancellationToken cancellationToken)
    {
        if (locations.SqliteFile is { } file && !File.Exists(file))
        {
            throw new ArchiveFaultException($"there is no archive at {locations.Display(file)} yet: `archive import` makes one (or name another with --db)");
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
            var applied = await HasHistoryAsync(db, cancellationToken) ? (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList() : [];
            RefuseNewer(applied, known);
            if (applied.Count == 0)
            {
                throw new ArchiveFaultException($"the database {Where()} holds no archive yet: `archive import` makes one");
            }

            if (applied.Count < known.Count)
            {
                throw new ArchiveFaultException($"the database {Where()} was written by an older version of the archive: `archive import` (or starting the site) brings it up to date");
            }
        }
        catch (SqliteException ex) when (DatabaseFaults.Explain(ex, locations, "the database is unchanged") is { } fault)
        {
            throw fault;
        }
    }
}
