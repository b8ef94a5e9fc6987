using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Infrastructure.Dossiers;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

internal sealed class VerificationFailureConfiguration : IEntityTypeConfiguration<VerificationFailure>
{
    public void Configure(EntityTypeBuilder<VerificationFailure> builder)
    {
        builder.ToTable("public_verification_failures");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).UseIdentityAlwaysColumn();
        builder.HasOne<Dossier>().WithMany().HasForeignKey(f => f.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.DossierId, f.FailedAt });
    }
}
