using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Application.Files;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

internal sealed class DossierFileConfiguration : IEntityTypeConfiguration<DossierFile>
{
    public void Configure(EntityTypeBuilder<DossierFile> builder)
    {
        builder.ToTable("dossier_files");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.HasOne<Dossier>().WithMany().HasForeignKey(f => f.DossierId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(f => f.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.DocumentName).HasMaxLength(FileFields.MaxDocumentNameLength);
        builder.Property(f => f.FileName).HasMaxLength(FileNameRules.MaxLength);
        builder.Property(f => f.MediaType).HasMaxLength(64);
        builder.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();

        // Two uploads of the same document at once cannot both become version n: the later save fails.
        builder.HasIndex(f => new { f.DossierId, f.Role, f.DocumentName, f.Version }).IsUnique();
    }
}
