using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Storage.Configurations;

internal sealed class RevisionChangeConfiguration : IEntityTypeConfiguration<RevisionChange>
{
    public void Configure(EntityTypeBuilder<RevisionChange> builder)
    {
        builder.HasIndex(c => new { c.RevisionId, c.Key });
        builder.Property(c => c.Key).HasMaxLength(16);
        builder.Property(c => c.Change).HasMaxLength(16);
    }
}
