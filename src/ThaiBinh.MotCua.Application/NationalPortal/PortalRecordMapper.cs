using System.Globalization;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Application.NationalPortal;

/// <summary>
/// The names a dossier's portal records need besides the dossier: its procedure, the offices and the
/// officers its history names.
/// </summary>
public sealed record PortalReferences(
    string ProcedureName,
    string? ProcedureField,
    IReadOnlyDictionary<Guid, string> OfficeNames,
    IReadOnlyDictionary<Guid, PortalOfficer> Officers)
{
    /// <summary>The current version of each of the dossier's files (submitted and result).</summary>
    public IReadOnlyList<PortalFileFacts> Files { get; init; } = [];
}

/// <summary>An officer as a progress record names them.</summary>
public sealed record PortalOfficer(string FullName, Guid OfficeId, IReadOnlyList<Role> Roles);

/// <summary>
/// A dossier as the portal's records say it. Our status numbers are the portal's codes 1–10, sent as
/// they are (TH's "5/6/8 sent as 9" is not done: docs/decisions.md says why).
/// </summary>
public static class PortalRecordMapper
{
    public const int MaxSummaryLength = 1000;

    /// <summary>The actor of an entry no officer made (a recomputed due moment).</summary>
    public const string SystemActor = "Hệ thống một cửa điện tử";

    /// <summary>
    /// <c>MaCSDL</c> of the population database: "7" is what TH sends (integrations.md §1.4); the
    /// portal's code list was not found, so the value is TH's, unconfirmed.
    /// </summary>
    public const string PopulationDatabaseCode = "7";

    public static PortalDossierRecord DossierRecord(Dossier dossier, PortalReferences references)
    {
        var applicant = dossier.Applicant;
        return new PortalDossierRecord
        {
            MaHoSo = PortalCodeOf(dossier),
            MaTTHC = dossier.ProcedureCode,
            TenTTHC = references.ProcedureName,
            TenLinhVuc = string.IsNullOrWhiteSpace(references.ProcedureField) ? null : references.ProcedureField,
            KenhThucHien = ((int)dossier.Channel).ToString(CultureInfo.InvariantCulture),
            SoBienNhan = dossier.LedgerNumber.ToString(CultureInfo.InvariantCulture),
            ChuHoSo = applicant.FullName,
            SoGiayToChuHoSo = applicant.CitizenId ?? applicant.TaxCode,
            LoaiDoiTuong = applicant.IsOrganisation ? "2" : "1",
            Email = applicant.Email,
            SoDienThoai = applicant.Phone,
            TrichYeuHoSo = Summary(dossier, references),
            NgayTiepNhan = PortalDates.Of(dossier.ReceivedAt),
            NgayNopHoSo = PortalDates.Of(dossier.SubmittedOnlineAt ?? dossier.ReceivedAt),
            NgayHenTra = PortalDates.Of(dossier.DueAt),
            NgayTra = PortalDates.Of(LastMoveTo(dossier, DossierStatus.Returned)),
            NgayKetThucXuLy = PortalDates.Of(dossier.EndedAt),
            NgayTuChoi = PortalDates.Of(LastMoveTo(dossier, DossierStatus.NotAccepted)),
            TrangThaiHoSo = ((int)dossier.Status).ToString(CultureInfo.InvariantCulture),
            HinhThuc = dossier.ResultDelivery == ResultDelivery.Post ? "1" : "0",
            DonViXuLy = references.OfficeNames[dossier.CompetentOfficeId],
            TaiLieuNop = PortalFileRecords.SubmittedFiles(dossier, references.Files),
            DanhSachGiayToKetQua = PortalFileRecords.ResultDocuments(references.Files),
            DinhDanhCHS = applicant.CitizenId is { Length: 12 } citizenId && citizenId.All(char.IsAsciiDigit)
                ? [new PortalOwnerIdentity("1", citizenId)]
                : null,
            MaDoiTuong = dossier.Channel == Channel.Online ? dossier.PortalOwnerId : null,
            TaiKhoanDuocXacThucVoiVNeID = dossier.IdentityVerified ? "1" : "0",
            DSKetNoiCSDL = dossier.IdentityVerified ? [new PortalDatabaseLink(PopulationDatabaseCode)] : null,
        };
    }

    /// <summary>
    /// The progress record of one history entry: who acted, in which office, and the step the entry
    /// belongs to (the hand-off the dossier was in before it: its start and its own due moment).
    /// </summary>
    public static PortalProgressRecord ProgressRecord(Dossier dossier, DossierAction action, PortalReferences references)
    {
        var officer = action.OfficerId is { } id ? references.Officers.GetValueOrDefault(id) : null;
        var step = dossier.Handoffs.LastOrDefault(h => h.HandedAt < action.At) ?? dossier.Handoffs.FirstOrDefault();
        var officeId = officer?.OfficeId ?? step?.ToOfficeId ?? dossier.ReceivingOfficeId;
        return new PortalProgressRecord
        {
            MaHoSo = PortalCodeOf(dossier),
            NguoiXuLy = officer?.FullName ?? SystemActor,
            ChucDanh = officer is null ? null : TitleOf(officer.Roles),
            ThoiDiemXuLy = PortalDates.Of(action.At),
            PhongBanXuLy = references.OfficeNames.GetValueOrDefault(officeId) ?? references.OfficeNames[dossier.ReceivingOfficeId],
            NoiDungXuLy = Content(action),
            TrangThai = ((int)action.ToStatus).ToString(CultureInfo.InvariantCulture),
            NgayBatDau = PortalDates.Of(step?.HandedAt),
            NgayKetThucTheoQuyDinh = PortalDates.Of(step?.DueAt),
        };
    }

    /// <summary>The code the portal knows the dossier by: its own for a dossier submitted there, else ours.</summary>
    public static string PortalCodeOf(Dossier dossier) => dossier.PortalCode ?? dossier.Code;

    /// <summary>The offices and officers a dossier's records name.</summary>
    public static (IReadOnlyCollection<Guid> Offices, IReadOnlyCollection<Guid> Officers) NamesNeeded(Dossier dossier) =>
        ([.. new[] { dossier.ReceivingOfficeId, dossier.CompetentOfficeId }.Concat(dossier.Handoffs.Select(h => h.ToOfficeId)).Distinct()],
         [.. dossier.Actions.Where(a => a.OfficerId is not null).Select(a => a.OfficerId!.Value).Distinct()]);

    private static string Summary(Dossier dossier, PortalReferences references)
    {
        var summary = $"{references.ProcedureName} - {dossier.Applicant.FullName}";
        if (!string.IsNullOrWhiteSpace(dossier.Note))
        {
            summary += $". {dossier.Note.Trim()}";
        }

        return summary.Length <= MaxSummaryLength ? summary : summary[..MaxSummaryLength];
    }

    private static string Content(DossierAction action)
    {
        var label = DossierActionLabels.Of(action.Action);
        label = label.Length == 0 ? label : char.ToUpper(label[0], CultureInfo.GetCultureInfo("vi-VN")) + label[1..];
        return string.IsNullOrWhiteSpace(action.Note) ? label : $"{label}: {action.Note.Trim()}";
    }

    private static string? TitleOf(IReadOnlyList<Role> roles) =>
        roles.Contains(Role.Leader) ? "Lãnh đạo"
        : roles.Contains(Role.Specialist) ? "Chuyên viên"
        : roles.Contains(Role.Reception) ? "Công chức tiếp nhận và trả kết quả"
        : roles.Contains(Role.Supervisor) ? "Cán bộ giám sát"
        : null;

    private static DateTimeOffset? LastMoveTo(Dossier dossier, DossierStatus status) =>
        dossier.Actions.LastOrDefault(a => a.ToStatus == status && a.FromStatus != status)?.At;
}
