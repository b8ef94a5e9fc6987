using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Application.Common.Reference;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

/// <summary>The row and the triggers that raise it are created by the migration ReferenceDataVersion.</summary>
internal sealed class ReferenceDataVersionConfiguration : IEntityTypeConfiguration<ReferenceDataVersion>
{
    public void Configure(EntityTypeBuilder<ReferenceDataVersion> builder)
    {
        builder.ToTable("reference_data_versions", table => table.HasCheckConstraint(
            "ck_reference_data_versions_single_row", $"id = {ReferenceDataVersion.SingleRowId}"));
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
    }
}
