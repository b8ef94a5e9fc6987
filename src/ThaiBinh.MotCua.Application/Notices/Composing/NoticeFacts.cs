using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Procedures;
using static ThaiBinh.MotCua.Application.Common.Outbox.OutboxContracts;
using P = ThaiBinh.MotCua.Application.Notices.Templates.NoticePlaceholders;

namespace ThaiBinh.MotCua.Application.Notices.Composing;

/// <summary>
/// The values of a notice's placeholders, from its message's payload (the moments the message
/// announces: the appointment, the previous one) and the dossier's facts (code, procedure, applicant,
/// office, reasons). Dates in Vietnam time, "dd/MM/yyyy HH:mm"; text with its diacritics (the SMS
/// composer folds it).
/// </summary>
public sealed class NoticeFacts(IMotCuaDbContext db, IReferenceData reference, Evaluations.IEvaluationLinks evaluationLinks)
{
    private const string Unknown = "chưa xác định";

    public async Task<Dictionary<string, string>> OfAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        switch (delivery.MessageType)
        {
            case OutboxMessageTypes.OverdueDigest:
                var overdue = Read<OverdueDigestV1>(delivery.Payload);
                return await DigestAsync(overdue.SupervisorId, overdue.RunAt, overdue.Dossiers, cancellationToken);
            case OutboxMessageTypes.DueSoon:
                var dueSoon = Read<DueSoonV1>(delivery.Payload);
                return await DigestAsync(dueSoon.HandlerId, dueSoon.RunAt, dueSoon.Dossiers, cancellationToken);
            default:
                return await DossierAsync(delivery.MessageType, Read<DossierEventV1>(delivery.Payload), cancellationToken);
        }
    }

    private async Task<Dictionary<string, string>> DossierAsync(string type, DossierEventV1 message, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking()
            .Where(d => d.Id == message.DossierId)
            .Select(d => new
            {
                d.ProcedureVersionId,
                d.Applicant.FullName,
                d.ReceivingOfficeId,
                d.ReceivedAt,
                d.DueAt,
                d.ResultDelivery,
                d.SupplementItems,
                d.SupplementReasons,
                d.Reasons,
                d.ExtensionReason,
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new DeliveryFailedException($"Hồ sơ {message.Code} không còn trong hệ thống.", permanent: true);
        var snapshot = await reference.CurrentAsync(cancellationToken);
        var office = snapshot.Office(dossier.ReceivingOfficeId)?.Name ?? string.Empty;
        var values = new Dictionary<string, string>
        {
            [P.MaHoSo] = message.Code,
            [P.TenThuTuc] = snapshot.ProcedureName(dossier.ProcedureVersionId)?.Name ?? string.Empty,
            [P.ChuHoSo] = dossier.FullName,
            [P.NoiTiepNhan] = office,
            [P.NgayTiepNhan] = Moment(dossier.ReceivedAt),
            [P.NgayHenTra] = Moment(message.DueAt ?? dossier.DueAt),
        };
        switch (type)
        {
            case OutboxMessageTypes.SupplementRequested:
                values[P.GiayToBoSung] = dossier.SupplementItems ?? message.Note ?? string.Empty;
                values[P.LyDo] = dossier.SupplementReasons ?? message.Note ?? string.Empty;
                break;
            case OutboxMessageTypes.ResultReady:
                values[P.NoiNhanKetQua] = dossier.ResultDelivery switch
                {
                    ResultDelivery.Post => "qua dịch vụ bưu chính công ích, tại địa chỉ đã đăng ký",
                    ResultDelivery.Online => "trực tuyến, trên Cổng dịch vụ công",
                    _ => $"tại {office}",
                };
                break;
            case OutboxMessageTypes.Returned:
                values[P.NgayTraKetQua] = Moment(message.At);
                values[P.DanhGiaUrl] = evaluationLinks.UrlOf(message.DossierId);
                break;
            case OutboxMessageTypes.Refused:
                values[P.LyDo] = dossier.Reasons ?? message.Note ?? string.Empty;
                break;
            case OutboxMessageTypes.Extended:
                values[P.NgayHenTraCu] = Moment(message.PreviousDueAt);
                values[P.LyDo] = dossier.ExtensionReason ?? message.Note ?? string.Empty;
                break;
            case OutboxMessageTypes.DueMoved:
                values[P.NgayHenTraCu] = Moment(message.PreviousDueAt);
                values[P.LyDo] = message.Note ?? "Lịch làm việc thay đổi";
                break;
        }

        return values;
    }

    private async Task<Dictionary<string, string>> DigestAsync(
        Guid officerId, DateTimeOffset runAt, IReadOnlyList<FlaggedDossierV1> dossiers, CancellationToken cancellationToken)
    {
        var officer = await db.Officers.AsNoTracking().Where(o => o.Id == officerId).Select(o => o.FullName).SingleOrDefaultAsync(cancellationToken)
            ?? throw new DeliveryFailedException("Cán bộ nhận thư không còn trong hệ thống.", permanent: true);
        var ids = dossiers.Select(d => d.DossierId).ToList();
        var versions = await db.Dossiers.AsNoTracking()
            .Where(d => ids.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.ProcedureVersionId, cancellationToken);
        var snapshot = await reference.CurrentAsync(cancellationToken);
        var lines = dossiers
            .OrderBy(d => d.DueAt)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .Select((d, i) => string.Create(CultureInfo.InvariantCulture,
                $"{i + 1}. {d.Code} – {(versions.TryGetValue(d.DossierId, out var v) ? snapshot.ProcedureName(v)?.Name : null) ?? ""} – {snapshot.Office(d.CurrentOfficeId)?.Name ?? ""} – hạn {Moment(d.DueAt)}"));
        return new Dictionary<string, string>
        {
            [P.HoTen] = officer,
            [P.SoHoSo] = dossiers.Count.ToString(CultureInfo.InvariantCulture),
            [P.NgayChay] = Moment(runAt),
            [P.DanhSachHoSo] = string.Join("\n", lines),
        };
    }

    private static string Moment(DateTimeOffset? at) => at is { } value ? VietnameseDates.Short(value) : Unknown;
}
