using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Application.Supervision;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

internal sealed class SupervisionSnapshotConfiguration : IEntityTypeConfiguration<SupervisionSnapshot>
{
    public void Configure(EntityTypeBuilder<SupervisionSnapshot> builder)
    {
        builder.ToTable("supervision_snapshots");
        builder.HasKey(s => new { s.SubjectId, s.Day });
        builder.Property(s => s.SubjectKind).HasMaxLength(8);
    }
}
