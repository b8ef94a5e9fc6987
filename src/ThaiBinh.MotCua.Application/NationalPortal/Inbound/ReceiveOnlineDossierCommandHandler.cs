using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Files;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Application.Dossiers.Receive;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Identifiers;

namespace ThaiBinh.MotCua.Application.NationalPortal.Inbound;

/// <summary>
/// A dossier the portal hands in: a new code becomes a status 1 dossier at the named desk with its
/// files fetched from the portal into the dossier's documents; the code of a dossier waiting for the
/// citizen's completion brings it back to status 1 with the files as new versions; any other known
/// code is answered "đã tồn tại" and changes nothing. All of it in one transaction: a file that cannot
/// be fetched or is refused leaves nothing behind.
/// </summary>
public sealed class ReceiveOnlineDossierCommandHandler(
    IMotCuaDbContext db,
    IReferenceData reference,
    IDossierCodeGenerator codes,
    IDossierFileIntake intake,
    IPortalFileSource files,
    IOptions<PortalInboundOptions> options,
    TimeProvider clock) : ICommandHandler<ReceiveOnlineDossierCommand, OnlineDossierReply>
{
    public async ValueTask<OnlineDossierReply> Handle(ReceiveOnlineDossierCommand command, CancellationToken cancellationToken)
    {
        var portalCode = command.MaHoSo!.Trim();
        var documents = DocumentsOf(command.TaiLieuNop!);
        PortalDates.TryParse(command.NgayNopHoSo, out var submittedAt);
        var now = clock.GetUtcNow();

        var existing = await db.Dossiers.SingleOrDefaultAsync(d => d.PortalCode == portalCode, cancellationToken);
        try
        {
            if (existing is not null)
            {
                if (existing.Status != DossierStatus.SupplementRequested)
                {
                    return Duplicate(existing);
                }

                existing.ResubmitOnline(documents, submittedAt, now);
                await db.InTransactionAsync(async () =>
                {
                    await AttachFilesAsync(existing, command.TaiLieuNop!, cancellationToken);
                    return await db.SaveChangesAsync(cancellationToken);
                }, cancellationToken);
                return new(OnlineDossierReply.Accepted, $"Tiếp nhận hồ sơ bổ sung, hoàn thiện {portalCode} thành công", portalCode, existing.Code);
            }

            var submission = await SubmissionAsync(command, portalCode, documents, submittedAt, cancellationToken);
            var office = (await reference.CurrentAsync(cancellationToken)).Office(submission.ReceivingOfficeId)!;
            var dossier = await db.InTransactionAsync(async () =>
            {
                var created = Dossier.SubmitOnline(await codes.NextAsync(office.Code, now, cancellationToken), submission, now);
                db.Dossiers.Add(created);
                await db.SaveChangesAsync(cancellationToken);
                await AttachFilesAsync(created, command.TaiLieuNop!, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                return created;
            }, cancellationToken);
            return new(OnlineDossierReply.Accepted, $"Tiếp nhận hồ sơ {portalCode} thành công", portalCode, dossier.Code);
        }
        catch (DbUpdateException)
        {
            // Another arrival of the same code won the race (the unique portal code, or the dossier's
            // version on a resend): it has the dossier, this one answers as a resend. Anything else fails as it is.
            db.ChangeTracker.Clear();
            var winner = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.PortalCode == portalCode, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            return Duplicate(winner);
        }
    }

    private static OnlineDossierReply Duplicate(Dossier dossier) =>
        new(OnlineDossierReply.AlreadyExists, $"Hồ sơ {dossier.PortalCode} đã tồn tại trên hệ thống một cửa (mã {dossier.Code}).", dossier.PortalCode!, dossier.Code);

    private async Task<OnlineSubmission> SubmissionAsync(
        ReceiveOnlineDossierCommand command, string portalCode, IReadOnlyList<SubmittedDocument> documents, DateTimeOffset submittedAt,
        CancellationToken cancellationToken)
    {
        var snapshot = await reference.CurrentAsync(cancellationToken);
        var today = VietnamToday.Of(clock);
        var office = snapshot.OfficeOn(command.MaDonViTiepNhan!.Trim(), today);
        if (office is null || !office.ReceivesDossiers)
        {
            throw new ValidationException([new ValidationFailure("maDonViTiepNhan",
                $"Không có bộ phận tiếp nhận mã {command.MaDonViTiepNhan} đang hoạt động.")]);
        }

        var deskUnit = snapshot.Unit(office.UnitId)!;
        var version = ReceiveDossierCommandHandler.ProcedureVersion(command.MaTTHC!.Trim(), null, deskUnit.LevelCode, snapshot, today);
        var birthDate = ReceiveOnlineDossierCommandValidator.BirthDate(command.NgaySinh);
        var applicant = Applicant.Citizen(
            command.ChuHoSo!, CitizenId.Parse(command.SoGiayToChuHoSo, birthDate), birthDate, command.SoDienThoai, command.Email, command.DiaChi);
        try
        {
            return new OnlineSubmission(
                version, office.Id, RoutePlanner.Plan(version, office, snapshot, today), applicant, documents, portalCode, submittedAt,
                string.IsNullOrWhiteSpace(command.MaDoiTuong) ? null : command.MaDoiTuong.Trim(), command.TrichYeuHoSo);
        }
        catch (DomainRuleException route)
        {
            throw new ValidationException([new ValidationFailure("maTTHC", route.Message)]);
        }
    }

    /// <summary>The documents by name, once each however many files the portal sent for one (a scan of several pages).</summary>
    private static List<SubmittedDocument> DocumentsOf(IReadOnlyList<PortalFileInput> files) =>
        [.. files.Select(DocumentNameOf).Distinct(StringComparer.Ordinal).Select(name => new SubmittedDocument(name, 1, Original: false))];

    private static string DocumentNameOf(PortalFileInput file) =>
        (string.IsNullOrWhiteSpace(file.TenThanhPhanHoSo) ? file.MaThanhPhanHoSo! : file.TenThanhPhanHoSo).Trim();

    private async Task AttachFilesAsync(Dossier dossier, IReadOnlyList<PortalFileInput> portalFiles, CancellationToken cancellationToken)
    {
        for (var index = 0; index < portalFiles.Count; index++)
        {
            var file = portalFiles[index];
            var address = PortalFileAddress.Allowed(file.DuongDanTaiTepTin!, options.Value.FileSources)!;
            try
            {
                await using var content = await files.OpenAsync(address, cancellationToken);
                await intake.AttachAsync(
                    new FileAttachment(dossier.Id, FileRole.Submitted, DocumentNameOf(file), file.TenTepDinhKem!.Trim(), UploadedById: null),
                    content, cancellationToken);
            }
            catch (PortalFileUnavailableException unavailable)
            {
                throw new ValidationException([new ValidationFailure($"taiLieuNop[{index}].duongDanTaiTepTin", unavailable.Message)]);
            }
            catch (ValidationException refused)
            {
                // The intake names its own fields; the portal needs to know which of its files it was.
                throw new ValidationException(refused.Errors.Select(e => new ValidationFailure($"taiLieuNop[{index}].{e.PropertyName}", e.ErrorMessage)));
            }
        }
    }
}
