using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Storage.Configurations;

internal sealed class CollectionConfiguration : IEntityTypeConfiguration<Collection>
{
    public void Configure(EntityTypeBuilder<Collection> builder)
    {
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.Slug).HasMaxLength(64);
        builder.Property(c => c.Language).HasMaxLength(16);
        builder.Property(c => c.Direction).HasMaxLength(3);
        builder.Property(c => c.Format).HasMaxLength(16);
        builder.Property(c => c.Body).HasMaxLength(256);
        builder.Property(c => c.Event).HasMaxLength(256);
        builder.Property(c => c.Date).HasMaxLength(64);
        builder.OwnsMany(c => c.Titles, t =>
        {
            t.ToTable("CollectionTitles");
            t.WithOwner().HasForeignKey("CollectionId");
            t.Property(x => x.Language).HasMaxLength(16);
            t.HasKey("CollectionId", nameof(CollectionTitle.Language));
        });
        builder.HasMany(c => c.Documents).WithOne(d => d.Collection).HasForeignKey(d => d.CollectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Resolutions).WithOne(r => r.Collection).HasForeignKey(r => r.CollectionId).OnDelete(DeleteBehavior.Restrict);
    }
}
