using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Infrastructure.Dossiers;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

internal sealed class DossierCodeCounterConfiguration : IEntityTypeConfiguration<DossierCodeCounter>
{
    public void Configure(EntityTypeBuilder<DossierCodeCounter> builder)
    {
        builder.ToTable("dossier_code_counters");
        builder.HasKey(c => new { c.OfficeCode, c.Day });
        builder.Property(c => c.OfficeCode).HasMaxLength(32);
    }
}
