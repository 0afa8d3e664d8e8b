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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ArchiveDbContext).Assembly);
    }
}
