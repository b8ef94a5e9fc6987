using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Identifiers;

namespace ThaiBinh.MotCua.Domain.Dossiers;

/// <summary>
/// Who the dossier is for: a citizen (identified by CCCD) or an organisation (by tax code, through
/// a representative).
/// </summary>
public sealed record Applicant
{
    private Applicant()
    {
        FullName = string.Empty;
    }

    public string FullName { get; private init; }

    public string? CitizenId { get; private init; }

    public DateOnly? BirthDate { get; private init; }

    public string? TaxCode { get; private init; }

    /// <summary>For an organisation: the person acting for it.</summary>
    public string? Representative { get; private init; }

    public string? Phone { get; private init; }

    public string? Email { get; private init; }

    public string? Address { get; private init; }

    public bool IsOrganisation => TaxCode is not null;

    public static Applicant Citizen(string fullName, CitizenId citizenId, DateOnly? birthDate, string? phone, string? email, string? address)
    {
        if (birthDate is { } born && citizenId.BirthYear is { } year && born.Year != year)
        {
            throw new DomainRuleException("applicant.birth-year", $"Năm sinh {born.Year} không khớp số định danh cá nhân ({year}).");
        }

        return new Applicant
        {
            FullName = RequireName(fullName, "Họ tên người nộp hồ sơ"),
            CitizenId = citizenId.Value,
            BirthDate = birthDate,
            Phone = Clean(phone),
            Email = Clean(email),
            Address = Clean(address),
        };
    }

    public static Applicant Organisation(string name, TaxCode taxCode, string representative, string? phone, string? email, string? address) =>
        new()
        {
            FullName = RequireName(name, "Tên tổ chức"),
            TaxCode = taxCode.Value,
            Representative = RequireName(representative, "Người đại diện"),
            Phone = Clean(phone),
            Email = Clean(email),
            Address = Clean(address),
        };

    private static string RequireName(string? value, string label) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new DomainRuleException("applicant.name", $"{label} không được để trống.")
            : value.Trim();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
