using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Offices;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

internal sealed class OfficerConfiguration : IEntityTypeConfiguration<Officer>
{
    public void Configure(EntityTypeBuilder<Officer> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Username).HasMaxLength(Officer.MaxUsernameLength);
        builder.Property(o => o.FullName).HasMaxLength(Officer.MaxFullNameLength);
        builder.Property(o => o.PasswordHash).HasMaxLength(512);
        builder.Property(o => o.Email).HasMaxLength(Officer.MaxEmailLength);

        // Roles live in a text[] column holding the role names, so a row reads the same in psql as in the token.
        builder.PrimitiveCollection(o => o.Roles)
            .HasField("_roles")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .ElementType(element => element.HasConversion<string>());

        builder.HasOne<Office>().WithMany().HasForeignKey(o => o.OfficeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.Username).IsUnique();
        builder.HasIndex(o => o.OfficeId);
    }
}
