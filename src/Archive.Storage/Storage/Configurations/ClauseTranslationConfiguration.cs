using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Storage.Configurations;

internal sealed class ClauseTranslationConfiguration : IEntityTypeConfiguration<ClauseTranslation>
{
    public void Configure(EntityTypeBuilder<ClauseTranslation> builder)
    {
        builder.HasIndex(t => new { t.ClauseId, t.Language }).IsUnique();
        builder.Property(t => t.Language).HasMaxLength(16);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.SourceHash).HasMaxLength(16);
        builder.Property(t => t.ContentHash).HasMaxLength(64);
    }
}
