using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Infrastructure.Seeding.ChangeSets;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

internal sealed class AppliedChangeSetConfiguration : IEntityTypeConfiguration<AppliedChangeSet>
{
    public void Configure(EntityTypeBuilder<AppliedChangeSet> builder)
    {
        builder.ToTable("reference_change_sets");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(AppliedChangeSet.MaxIdLength);
        builder.Property(c => c.Checksum).HasMaxLength(64);
    }
}
