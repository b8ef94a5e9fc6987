using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Offices;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

internal sealed class DeskGuidanceConfiguration : IEntityTypeConfiguration<DeskGuidance>
{
    public void Configure(EntityTypeBuilder<DeskGuidance> builder)
    {
        builder.ToTable("desk_guidances");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        // An identity column numbers the guidance without a counter row to contend for.
        builder.Property(g => g.Number).UseIdentityAlwaysColumn();
        builder.HasIndex(g => g.Number).IsUnique();
        builder.Property(g => g.ProcedureCode).HasMaxLength(Procedure.MaxCodeLength);
        builder.Property(g => g.Items).HasMaxLength(Dossier.MaxReasonLength);
        builder.Property(g => g.Reasons).HasMaxLength(Dossier.MaxReasonLength);
        builder.OwnsOne(g => g.Applicant, ApplicantMapping.Configure);
        builder.Navigation(g => g.Applicant).IsRequired();
        builder.HasOne<Office>().WithMany().HasForeignKey(g => g.OfficeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Officer>().WithMany().HasForeignKey(g => g.OfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProcedureVersion>().WithMany().HasForeignKey(g => g.ProcedureVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => new { g.OfficeId, g.At });
    }
}
