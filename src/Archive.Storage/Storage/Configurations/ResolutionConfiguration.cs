using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Storage.Configurations;

internal sealed class ResolutionConfiguration : IEntityTypeConfiguration<Resolution>
{
    public void Configure(EntityTypeBuilder<Resolution> builder)
    {
        builder.HasIndex(r => new { r.CollectionId, r.Number }).IsUnique();
        builder.Property(r => r.ContentTag).HasMaxLength(32);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasMany(r => r.Clauses).WithOne(c => c.Resolution).HasForeignKey(c => c.ResolutionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Translations).WithOne(t => t.Resolution).HasForeignKey(t => t.ResolutionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.RetiredClauses).WithOne(c => c.Resolution).HasForeignKey(c => c.ResolutionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Revisions).WithOne(v => v.Resolution).HasForeignKey(v => v.ResolutionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Topics).WithMany(t => t.Resolutions).UsingEntity("ResolutionTopics");
    }
}
