using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Archive.Core.Storage;

/// <summary>Lets <c>dotnet ef</c> create the context for migrations without starting an app.</summary>
internal sealed class ArchiveDbContextDesignFactory : IDesignTimeDbContextFactory<ArchiveDbContext>
{
    public ArchiveDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
