using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Storage.Configurations;

internal sealed class ResolutionRevisionConfiguration : IEntityTypeConfiguration<ResolutionRevision>
{
    public void Configure(EntityTypeBuilder<ResolutionRevision> builder)
    {
        builder.HasIndex(v => new { v.ResolutionId, v.Number }).IsUnique();
        builder.Property(v => v.SourceSha256).HasMaxLength(64);
        builder.HasMany(v => v.Changes).WithOne(c => c.Revision).HasForeignKey(c => c.RevisionId).OnDelete(DeleteBehavior.Cascade);
    }
}
