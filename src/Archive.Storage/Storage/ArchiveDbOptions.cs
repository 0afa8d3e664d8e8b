using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Storage;

/// <summary>Configures the context for the chosen provider; each provider has its own committed migrations.</summary>
public static class ArchiveDbOptions
{
    /// <summary>The assembly holding the SQLite migrations.</summary>
    public const string SqliteMigrationsAssembly = "Archive.Storage.Sqlite";

    /// <summary>The assembly holding the PostgreSQL migrations.</summary>
    public const string PostgresMigrationsAssembly = "Archive.Storage.Postgres";

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, ArchiveLocations locations, double testPauseInMigrationSeconds = 0)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(locations);
        if (testPauseInMigrationSeconds > 0)
        {
            options.AddInterceptors(new MigrationPause(TimeSpan.FromSeconds(testPauseInMigrationSeconds)));
        }

        return locations.Provider switch
        {
            DatabaseProvider.Postgres => options.UseNpgsql(locations.ConnectionString, o => o
                .MigrationsAssembly(PostgresMigrationsAssembly)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
            _ => options.UseSqlite(locations.ConnectionString, o => o
                .MigrationsAssembly(SqliteMigrationsAssembly)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
        };
    }
}
