using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Storage.Configurations;

internal sealed class ResolutionTranslationConfiguration : IEntityTypeConfiguration<ResolutionTranslation>
{
    public void Configure(EntityTypeBuilder<ResolutionTranslation> builder)
    {
        builder.HasIndex(t => new { t.ResolutionId, t.Language }).IsUnique();
        builder.Property(t => t.Language).HasMaxLength(16);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
    }
}
