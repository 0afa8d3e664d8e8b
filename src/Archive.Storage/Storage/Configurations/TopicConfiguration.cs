using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Storage.Configurations;

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.Slug).HasMaxLength(64);
        builder.OwnsMany(t => t.Labels, labels =>
        {
            labels.ToTable("TopicLabels");
            labels.WithOwner().HasForeignKey(l => l.TopicId);
            labels.HasKey(l => new { l.TopicId, l.Language });
            labels.Property(l => l.Language).HasMaxLength(16);
        });
    }
}
