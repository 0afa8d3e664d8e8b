using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Storage.Configurations;

internal sealed class GlossaryTermConfiguration : IEntityTypeConfiguration<GlossaryTerm>
{
    public void Configure(EntityTypeBuilder<GlossaryTerm> builder)
    {
        builder.ToTable("GlossaryTerms");
        builder.HasIndex(t => t.Original).IsUnique();
        builder.Property(t => t.Original).HasMaxLength(200);
        builder.OwnsMany(t => t.Renderings, renderings =>
        {
            renderings.ToTable("GlossaryRenderings");
            renderings.WithOwner().HasForeignKey(r => r.GlossaryTermId);
            renderings.HasKey(r => new { r.GlossaryTermId, r.Language });
            renderings.Property(r => r.Language).HasMaxLength(16);
        });
    }
}
