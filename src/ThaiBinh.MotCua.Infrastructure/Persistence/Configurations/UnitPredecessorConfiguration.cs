using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Domain.Units;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

internal sealed class UnitPredecessorConfiguration : IEntityTypeConfiguration<UnitPredecessor>
{
    public void Configure(EntityTypeBuilder<UnitPredecessor> builder)
    {
        builder.HasKey(l => new { l.UnitId, l.PredecessorId });
        builder.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(l => l.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(l => l.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.PredecessorId);
    }
}
