using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Storage.Configurations;

internal sealed class ArchiveStateEntryConfiguration : IEntityTypeConfiguration<ArchiveStateEntry>
{
    public void Configure(EntityTypeBuilder<ArchiveStateEntry> builder)
    {
        builder.ToTable("ArchiveState");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(64);
    }
}
