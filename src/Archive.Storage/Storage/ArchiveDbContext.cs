using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Storage;

/// <summary>The archive's database: source documents, resolutions, clauses, translations, topics and languages.</summary>
public sealed class ArchiveDbContext(DbContextOptions<ArchiveDbContext> options) : DbContext(options)
{
    public DbSet<Collection> Collections => Set<Collection>();

    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();

    public DbSet<Resolution> Resolutions => Set<Resolution>();

    public DbSet<Clause> Clauses => Set<Clause>();

    public DbSet<RetiredClause> RetiredClauses => Set<RetiredClause>();

    public DbSet<ResolutionRevision> Revisions => Set<ResolutionRevision>();

    public DbSet<ClauseTranslation> ClauseTranslations => Set<ClauseTranslation>();

    public DbSet<ResolutionTranslation> ResolutionTranslations => Set<ResolutionTranslation>();

    public DbSet<Topic> Topics => Set<Topic>();

    public DbSet<GlossaryTerm> Glossary => Set<GlossaryTerm>();

    public DbSet<Language> Languages => Set<Language>();

    public DbSet<ArchiveStateEntry> State => Set<ArchiveStateEntry>();

    /// <summary>Saves, first giving every resolution whose indexed content changed a new <see cref="Resolution.ContentTag"/>.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await ResolutionContentTags.MarkAsync(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <inheritdoc cref="SaveChangesAsync(bool, CancellationToken)"/>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ResolutionContentTags.MarkAsync(this, CancellationToken.None).GetAwaiter().GetResult();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ArchiveDbContext).Assembly);
    }
}
