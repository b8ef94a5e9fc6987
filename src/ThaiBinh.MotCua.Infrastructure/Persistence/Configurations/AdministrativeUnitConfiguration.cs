using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Domain.Units;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

internal sealed class AdministrativeUnitConfiguration : IEntityTypeConfiguration<AdministrativeUnit>
{
    public void Configure(EntityTypeBuilder<AdministrativeUnit> builder)
    {
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Code).HasMaxLength(AdministrativeUnit.MaxCodeLength);
        builder.Property(u => u.Name).HasMaxLength(AdministrativeUnit.MaxNameLength);
        builder.Property(u => u.Kind).HasMaxLength(AdministrativeUnit.MaxKindLength);
        builder.Property(u => u.LevelCode).HasMaxLength(AdministrativeLevel.MaxCodeLength);

        builder.HasOne<AdministrativeLevel>().WithMany().HasForeignKey(u => u.LevelCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AdministrativeUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);

        // One version of a code is in force at a time; closed versions keep their code for history.
        builder.HasIndex(u => u.Code).IsUnique().HasFilter("valid_to IS NULL");
        builder.HasIndex(u => u.ParentId);
    }
}
