using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Infrastructure.Dossiers;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

internal sealed class DossierLedgerCounterConfiguration : IEntityTypeConfiguration<DossierLedgerCounter>
{
    public void Configure(EntityTypeBuilder<DossierLedgerCounter> builder)
    {
        builder.ToTable("dossier_ledger_counters");
        builder.HasKey(c => new { c.OfficeCode, c.Year });
        builder.Property(c => c.OfficeCode).HasMaxLength(32);
    }
}
