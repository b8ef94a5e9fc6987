using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Domain.Procedures;
using ThaiBinh.MotCua.Domain.Units;
using ThaiBinh.MotCua.Infrastructure.Persistence.Conventions;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

internal sealed class ProcedureConfiguration : IEntityTypeConfiguration<Procedure>
{
    public void Configure(EntityTypeBuilder<Procedure> builder)
    {
        builder.HasKey(p => new { p.Code, p.LevelCode });
        builder.Property(p => p.Code).HasMaxLength(Procedure.MaxCodeLength);
        builder.Property(p => p.Name).HasMaxLength(Procedure.MaxNameLength);
        builder.Property(p => p.Field).HasMaxLength(200);
        builder.Property(p => p.LevelCode).HasMaxLength(AdministrativeLevel.MaxCodeLength);
        builder.HasOne<AdministrativeLevel>().WithMany().HasForeignKey(p => p.LevelCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Versions).WithOne().HasForeignKey(v => new { v.ProcedureCode, v.LevelCode }).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Versions).HasField("_versions").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(p => p.LevelCode);
        builder.HasIndex(p => p.Field);
    }
}

internal sealed class ProcedureVersionConfiguration : IEntityTypeConfiguration<ProcedureVersion>
{
    public void Configure(EntityTypeBuilder<ProcedureVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.ProcedureCode).HasMaxLength(Procedure.MaxCodeLength);
        builder.Property(v => v.LimitUnit).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.SupplementPolicy).HasConversion<string>().HasMaxLength(32);
        builder.Property(v => v.FeeNote).HasMaxLength(1000);
        builder.Property(v => v.RequiredDocuments).HasJsonConversion();
        builder.Property(v => v.Route).HasJsonConversion();
        // Versions seeded before fees were data collect nothing.
        builder.Property(v => v.Fees).HasJsonConversion().HasDefaultValueSql("""'{"items":[],"collection":"AtReceipt","pausesClock":false}'::jsonb""");
        builder.PrimitiveCollection(v => v.ResultDeliveries).ElementType(e => e.HasConversion<string>());
        builder.Ignore(v => v.Limit);
        builder.Property(v => v.LevelCode).HasMaxLength(AdministrativeLevel.MaxCodeLength);
        builder.HasIndex(v => new { v.ProcedureCode, v.LevelCode, v.ValidFrom }).IsUnique();
    }
}
