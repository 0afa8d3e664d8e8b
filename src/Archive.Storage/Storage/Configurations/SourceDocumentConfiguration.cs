using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Storage.Configurations;

internal sealed class SourceDocumentConfiguration : IEntityTypeConfiguration<SourceDocument>
{
    public void Configure(EntityTypeBuilder<SourceDocument> builder)
    {
        builder.HasIndex(d => d.Path).IsUnique();
        builder.Property(d => d.Path).HasMaxLength(1024);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.Encoding).HasMaxLength(32);
        builder.Property(d => d.Language).HasMaxLength(16);
        builder.Property(d => d.Direction).HasMaxLength(3);
        builder.HasMany(d => d.Resolutions).WithOne(r => r.SourceDocument).HasForeignKey(r => r.SourceDocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
