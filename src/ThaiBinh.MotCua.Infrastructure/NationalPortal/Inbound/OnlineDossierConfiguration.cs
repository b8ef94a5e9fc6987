using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Infrastructure.NationalPortal.Inbound;

/// <summary>
/// The columns of a dossier submitted on the national portal. The portal's code is unique among the
/// dossiers that have one: two arrivals of the same dossier at once leave one row, the other save fails.
/// </summary>
internal sealed class OnlineDossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public const string PortalCodeIndex = "ix_dossiers_portal_code";

    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.Property(d => d.PortalCode).HasMaxLength(Dossier.MaxPortalCodeLength);
        builder.Property(d => d.PortalOwnerId).HasMaxLength(Dossier.MaxPortalCodeLength);
        builder.HasIndex(d => d.PortalCode).IsUnique().HasFilter("portal_code IS NOT NULL").HasDatabaseName(PortalCodeIndex);
    }
}
