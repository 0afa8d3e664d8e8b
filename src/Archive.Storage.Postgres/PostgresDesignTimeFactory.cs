using Archive.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Archive.Storage.Postgres;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model for migrations; no server is contacted to add one.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<ArchiveDbContext>
{
    public ArchiveDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ArchiveDbContext>()
            .UseNpgsql("Host=localhost;Database=archive_design", o => o.MigrationsAssembly(typeof(PostgresDesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
