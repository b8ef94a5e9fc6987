using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

/// <summary>The applicant's columns, the same on a dossier and on a desk guidance.</summary>
internal static class ApplicantMapping
{
    public static void Configure<TOwner>(OwnedNavigationBuilder<TOwner, Applicant> applicant)
        where TOwner : class
    {
        applicant.Property(a => a.FullName).HasMaxLength(200);
        applicant.Property(a => a.CitizenId).HasMaxLength(12);
        applicant.Property(a => a.TaxCode).HasMaxLength(14);
        applicant.Property(a => a.Representative).HasMaxLength(200);
        applicant.Property(a => a.Phone).HasMaxLength(32);
        applicant.Property(a => a.Email).HasMaxLength(200);
        applicant.Property(a => a.Address).HasMaxLength(500);
        applicant.Ignore(a => a.IsOrganisation);
    }
}
