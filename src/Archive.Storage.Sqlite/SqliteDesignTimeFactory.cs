using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Archive.Core.Storage;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model for migrations without starting an app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<ArchiveDbContext>
{
    public ArchiveDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ArchiveDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(ArchiveDbOptions.SqliteMigrationsAssembly))
            .Options);
}
