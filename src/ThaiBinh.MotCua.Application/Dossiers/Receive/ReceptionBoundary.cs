using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Reference;
using ThaiBinh.MotCua.Domain.Offices;
using ThaiBinh.MotCua.Domain.Procedures;
using ThaiBinh.MotCua.Domain.Units;

namespace ThaiBinh.MotCua.Application.Dossiers.Receive;

/// <summary>
/// Reception regardless of administrative boundary (Decree 118/2025 Art. 14): resolves, for the day of
/// receipt, the unit the applicant lives in and the competent unit the desk names, and the competent
/// unit's desk where the route's work between receipt and return is done. Every refusal is a field
/// error, raised before anything is written.
/// </summary>
public sealed class ReceptionBoundary(IMotCuaDbContext db)
{
    public const string CompetentUnitField = "competentUnitCode";
    public const string ApplicantUnitField = "applicant.unitCode";

    /// <summary>The unit bearing <paramref name="code"/> on <paramref name="day"/>; null when no code was given.</summary>
    /// <remarks>From the reference data in memory: the receipt's round trips stay as they were.</remarks>
    public static AdministrativeUnit? UnitOn(string? code, DateOnly day, string field, ReferenceSnapshot snapshot)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        // Codes are reused over time (a new commune takes one of its predecessors' codes): the day decides.
        var trimmed = code.Trim();
        return snapshot.UnitOn(trimmed, day) ?? throw Refused(
            field, $"Không có đơn vị hành chính mã {trimmed} có hiệu lực vào ngày {day:dd/MM/yyyy}.");
    }

    /// <summary>
    /// The open desk of <paramref name="competent"/>, which must be in the receiving desk's province and
    /// at the level that decides <paramref name="version"/>.
    /// </summary>
    public async Task<Office> CompetentDeskAsync(
        AdministrativeUnit competent, AdministrativeUnit deskUnit, ProcedureVersion version, ReferenceSnapshot snapshot, DateOnly day,
        CancellationToken cancellationToken)
    {
        if (ProvinceOf(competent, snapshot) != ProvinceOf(deskUnit, snapshot))
        {
            throw Refused(CompetentUnitField,
                $"{competent.Name} không thuộc tỉnh của bộ phận tiếp nhận: chỉ tiếp nhận hồ sơ không phụ thuộc địa giới hành chính trong phạm vi tỉnh.");
        }

        if (competent.LevelCode != version.LevelCode)
        {
            var levels = await db.AdministrativeLevels.AsNoTracking().ToDictionaryAsync(l => l.Code, l => l.Name.ToLowerInvariant(), cancellationToken);
            throw Refused(CompetentUnitField,
                $"Thủ tục {version.ProcedureCode} do {levels.GetValueOrDefault(version.LevelCode, version.LevelCode)} giải quyết, "
                + $"còn {competent.Name} thuộc {levels.GetValueOrDefault(competent.LevelCode, competent.LevelCode)}: hãy chọn đơn vị có thẩm quyền cùng cấp với thủ tục.");
        }

        return snapshot.DesksOn(competent.Id, day).FirstOrDefault() ?? throw Refused(CompetentUnitField,
                $"{competent.Name} chưa có bộ phận tiếp nhận và trả kết quả trên hệ thống để giải quyết hồ sơ.");
    }

    private static Guid ProvinceOf(AdministrativeUnit unit, ReferenceSnapshot snapshot)
    {
        var top = unit;
        while (top.ParentId is { } parentId && snapshot.Unit(parentId) is { } parent)
        {
            top = parent;
        }

        return top.Id;
    }

    private static ValidationException Refused(string field, string message) => new([new ValidationFailure(field, message)]);
}
