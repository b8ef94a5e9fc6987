using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Domain.Units;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

internal sealed class AdministrativeLevelConfiguration : IEntityTypeConfiguration<AdministrativeLevel>
{
    public void Configure(EntityTypeBuilder<AdministrativeLevel> builder)
    {
        builder.HasKey(l => l.Code);
        builder.Property(l => l.Code).HasMaxLength(AdministrativeLevel.MaxCodeLength);
        builder.Property(l => l.Name).HasMaxLength(64);
        builder.HasIndex(l => l.Rank);
    }
}
