using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Domain.Identifiers;

/// <summary>
/// Số định danh cá nhân (printed on the CCCD): 12 digits, or the 9 digits of a legacy CMND.
/// The 12-digit form carries the birth-registration province, the century and gender, and the
/// last two digits of the birth year, so a typing slip is often caught before it reaches a dossier.
/// </summary>
public sealed record CitizenId
{
    public const string FormatRule = "citizen-id.format";
    public const string ProvinceRule = "citizen-id.province";
    public const string BirthYearRule = "citizen-id.birth-year";

    public const int Length = 12;
    public const int LegacyLength = 9;

    private const string FormatMessage = "Số định danh cá nhân phải gồm 12 chữ số (hoặc 9 chữ số với CMND cũ).";

    private CitizenId(string value, string? provinceCode, string? provinceName, int? birthYear, Gender? gender)
    {
        Value = value;
        ProvinceCode = provinceCode;
        ProvinceName = provinceName;
        BirthYear = birthYear;
        Gender = gender;
    }

    /// <summary>Digits only, no spaces.</summary>
    public string Value { get; }

    /// <summary>A 9-digit CMND: it encodes nothing we can check, so the fields below are null.</summary>
    public bool IsLegacy => Value.Length == LegacyLength;

    /// <summary>Three digits, e.g. "034"; null for a legacy CMND.</summary>
    public string? ProvinceCode { get; }

    /// <summary>E.g. "Thái Bình"; null for a legacy CMND.</summary>
    public string? ProvinceName { get; }

    public int? BirthYear { get; }

    public Gender? Gender { get; }

    /// <summary>Reads an id typed by an officer; throws <see cref="DomainRuleException"/> when it is not valid.</summary>
    /// <param name="input">As typed; surrounding and inner spaces are ignored.</param>
    /// <param name="birthDate">When known, the year encoded in the id must match it.</param>
    public static CitizenId Parse(string? input, DateOnly? birthDate = null)
    {
        var outcome = Read(input, birthDate);
        return outcome.Id ?? throw new DomainRuleException(outcome.Rule, outcome.Message);
    }

    public static bool TryParse(
        string? input,
        DateOnly? birthDate,
        [NotNullWhen(true)] out CitizenId? id,
        [NotNullWhen(false)] out string? error)
    {
        var outcome = Read(input, birthDate);
        id = outcome.Id;
        error = outcome.Id is null ? outcome.Message : null;
        return id is not null;
    }

    public static bool TryParse(
        string? input,
        [NotNullWhen(true)] out CitizenId? id,
        [NotNullWhen(false)] out string? error) =>
        TryParse(input, null, out id, out error);

    public override string ToString() => Value;

    private static Outcome Read(string? input, DateOnly? birthDate)
    {
        var value = input is null ? string.Empty : IdentifierText.RemoveWhitespace(input);
        if (value.Length == 0)
        {
            return Outcome.Fail(FormatRule, "Chưa nhập số định danh cá nhân. " + FormatMessage);
        }

        if (!IdentifierText.IsAsciiDigits(value))
        {
            return Outcome.Fail(FormatRule, FormatMessage + " Số đã nhập có ký tự không phải chữ số.");
        }

        if (value.Length == LegacyLength)
        {
            return Outcome.Ok(new CitizenId(value, null, null, null, null));
        }

        if (value.Length != Length)
        {
            return Outcome.Fail(FormatRule, FormatMessage + Invariant($" Số đã nhập có {value.Length} chữ số."));
        }

        var provinceCode = value[..3];
        if (!BirthRegistrationProvinces.TryGetName(provinceCode, out var provinceName))
        {
            return Outcome.Fail(
                ProvinceRule,
                $"Mã tỉnh nơi đăng ký khai sinh {provinceCode} (3 chữ số đầu của số định danh cá nhân) "
                + "không thuộc danh sách 63 tỉnh, thành phố. Vui lòng kiểm tra lại số đã nhập.");
        }

        // Digit 4: even = male, odd = female; each pair of values moves one century on from 1900.
        var centuryAndGender = value[3] - '0';
        var birthYear = 1900 + (centuryAndGender / 2 * 100) + ((value[4] - '0') * 10) + (value[5] - '0');
        var gender = centuryAndGender % 2 == 0 ? Identifiers.Gender.Male : Identifiers.Gender.Female;

        if (birthDate is { } date && date.Year != birthYear)
        {
            return Outcome.Fail(
                BirthYearRule,
                Invariant($"Số định danh cá nhân {value} ghi năm sinh {birthYear}, nhưng ngày sinh đã khai ")
                + Invariant($"là {date:dd/MM/yyyy} (năm {date.Year}). Vui lòng kiểm tra lại số định danh hoặc ngày sinh."));
        }

        return Outcome.Ok(new CitizenId(value, provinceCode, provinceName, birthYear, gender));
    }

    // Dates and numbers in messages are written the Vietnamese way (dd/MM/yyyy) whatever the server culture.
    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private readonly record struct Outcome(CitizenId? Id, string Rule, string Message)
    {
        public static Outcome Ok(CitizenId id) => new(id, string.Empty, string.Empty);

        public static Outcome Fail(string rule, string message) => new(null, rule, message);
    }
}
