using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Storage.Configurations;

internal sealed class RetiredClauseConfiguration : IEntityTypeConfiguration<RetiredClause>
{
    public void Configure(EntityTypeBuilder<RetiredClause> builder)
    {
        builder.HasIndex(c => new { c.ResolutionId, c.Key }).IsUnique();
        builder.Property(c => c.Key).HasMaxLength(16);
    }
}
