using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Storage.Configurations;

internal sealed class ClauseConfiguration : IEntityTypeConfiguration<Clause>
{
    public void Configure(EntityTypeBuilder<Clause> builder)
    {
        builder.HasIndex(c => new { c.ResolutionId, c.Key }).IsUnique();
        builder.Property(c => c.Key).HasMaxLength(16);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasMany(c => c.Translations).WithOne(t => t.Clause).HasForeignKey(t => t.ClauseId).OnDelete(DeleteBehavior.Cascade);
    }
}
