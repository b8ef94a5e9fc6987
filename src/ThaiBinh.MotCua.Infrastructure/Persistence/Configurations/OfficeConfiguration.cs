using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Domain.Offices;
using ThaiBinh.MotCua.Domain.Units;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

internal sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Code).HasMaxLength(Office.MaxCodeLength);
        builder.Property(o => o.Name).HasMaxLength(Office.MaxNameLength);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Ignore(o => o.ReceivesDossiers);

        builder.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
        // Codes are unique among the offices still working: a closed office keeps its code, which a later one may bear.
        builder.HasIndex(o => o.Code).IsUnique().HasFilter("valid_to IS NULL");
        builder.HasIndex(o => o.UnitId);
        builder.HasOne<Office>().WithMany().HasForeignKey(o => o.SuccessorId).OnDelete(DeleteBehavior.Restrict);
    }
}
