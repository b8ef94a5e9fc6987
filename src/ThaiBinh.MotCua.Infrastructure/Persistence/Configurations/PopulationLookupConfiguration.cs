using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Application.Population;
using ThaiBinh.MotCua.Domain.Identifiers;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Offices;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

internal sealed class PopulationLookupConfiguration : IEntityTypeConfiguration<PopulationLookup>
{
    public void Configure(EntityTypeBuilder<PopulationLookup> builder)
    {
        builder.ToTable("population_lookups");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.CitizenId).HasMaxLength(CitizenId.Length);
        builder.Property(l => l.FullName).HasMaxLength(200);
        builder.Property(l => l.Reason).HasMaxLength(PopulationLookup.MaxReasonLength);
        builder.Property(l => l.DossierCode).HasMaxLength(64);
        builder.Property(l => l.RequestId).HasMaxLength(100);
        builder.Property(l => l.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Detail).HasMaxLength(PopulationLookup.MaxDetailLength);
        builder.HasOne<Officer>().WithMany().HasForeignKey(l => l.OfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Office>().WithMany().HasForeignKey(l => l.OfficeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.RequestId).IsUnique();

        // The log read newest first, and one citizen's lookups (who looked them up, and why).
        builder.HasIndex(l => l.RequestedAt);
        builder.HasIndex(l => new { l.CitizenId, l.RequestedAt });
    }
}
