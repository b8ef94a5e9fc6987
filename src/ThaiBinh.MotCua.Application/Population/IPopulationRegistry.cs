namespace ThaiBinh.MotCua.Application.Population;

/// <summary>
/// The national population database (CSDLQG về dân cư) as the desk asks it (integrations.md §2): one
/// citizen by identity number, with the name and birth date the officer has before them. Never throws
/// for the registry's own failures: a timeout, a refusal or a registry out of reach is an answer
/// (<see cref="PopulationAnswerKind.Unavailable"/>), so the desk goes on by hand.
/// </summary>
public interface IPopulationRegistry
{
    /// <summary>The registry's request id (<c>MaYeuCau</c>) of the lookup logged as <paramref name="lookupId"/>: known, and logged, before the call.</summary>
    string RequestIdOf(Guid lookupId);

    Task<PopulationAnswer> FindAsync(PopulationQuery query, CancellationToken cancellationToken);
}

/// <summary>What is asked: the number, the name and birth date as the officer typed them, who asks.</summary>
public sealed record PopulationQuery(string CitizenId, string FullName, DateOnly BirthDate, string OfficerUsername, string RequestId);

public enum PopulationAnswerKind
{
    Found,
    NotFound,
    Unavailable,
}

/// <summary>
/// The registry's answer: the citizen when found; otherwise <see cref="Detail"/> says what happened in
/// words for the log (the registry's code and message, the timeout, the network error).
/// </summary>
public sealed record PopulationAnswer(PopulationAnswerKind Kind, RegisteredCitizen? Citizen, string Detail)
{
    public static PopulationAnswer Found(RegisteredCitizen citizen) => new(PopulationAnswerKind.Found, citizen, "Tìm thấy");

    public static PopulationAnswer NotFound(string detail) => new(PopulationAnswerKind.NotFound, null, detail);

    public static PopulationAnswer Unavailable(string detail) => new(PopulationAnswerKind.Unavailable, null, detail);
}

/// <summary>A citizen as the registry holds them (the <c>CongDan</c> element of its answer).</summary>
public sealed record RegisteredCitizen(
    string? CitizenId,
    string? LegacyId,
    string FamilyName,
    string MiddleName,
    string GivenName,
    string? Gender,
    DateOnly? BirthDate,
    int? BirthYear,
    RegisteredAddress? PermanentAddress,
    RegisteredAddress? CurrentAddress,
    string? Nationality,
    string? Ethnicity)
{
    /// <summary>Họ, chữ đệm and tên as one name, single-spaced.</summary>
    public string FullName => string.Join(' ', new[] { FamilyName, MiddleName, GivenName }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()));
}

/// <summary>A <c>DiaChi</c>: the codes of the province, district and commune, their names and the detail.</summary>
public sealed record RegisteredAddress(
    string? ProvinceCode, string? DistrictCode, string? CommuneCode, string? ProvinceName, string? DistrictName, string? CommuneName, string? Detail, string? Country)
{
    /// <summary>As a desk writes it: detail, commune, district, province.</summary>
    public string Text => string.Join(", ", new[] { Detail, CommuneName, DistrictName, ProvinceName }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
}
