using Mediator;
using Microsoft.Extensions.Options;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Reference;
using ThaiBinh.MotCua.Application.Common.Regimes;
using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Application.Forms;

/// <summary>
/// A dossier's form as PDF: receipt, supplement-request, refusal, apology, stop-notice (TT 03/2025
/// only) or control-sheet, numbered and titled as the period of the dossier's receipt has them. Built
/// from what the database holds, so a reprint shows the same content.
/// </summary>
public sealed record GetDossierFormQuery(string Code, string Form) : IQuery<PrintedForm>;

public sealed class GetDossierFormQueryHandler(
    IMotCuaDbContext db,
    ICurrentOfficer currentOfficer,
    IReferenceData reference,
    IRegimes regimes,
    DossierAccess access,
    IFormPdfRenderer renderer,
    IOptions<FormOptions> options)
    : IQueryHandler<GetDossierFormQuery, PrintedForm>
{
    public static readonly string[] Forms = ["receipt", "supplement-request", "refusal", "apology", "stop-notice", "control-sheet"];

    public async ValueTask<PrintedForm> Handle(GetDossierFormQuery query, CancellationToken cancellationToken)
    {
        if (!Forms.Contains(query.Form))
        {
            throw new NotFoundException($"Không có biểu mẫu \"{query.Form}\". Các biểu mẫu: {string.Join(", ", Forms)}.");
        }

        var officer = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        var dossier = await access.FindVisibleAsync(officer, query.Code, cancellationToken);
        var regime = PrintableForms.RegimeOf(regimes, dossier);
        if (PrintableForms.Of(dossier, regimes).All(f => f.Name != query.Form))
        {
            throw new NotFoundException(regime.Form(query.Form) is null
                ? $"Hồ sơ được tiếp nhận ngày {VietnameseDates.Short(dossier.ReceivedAt)}, theo bộ biểu mẫu của {regime.Circular}; bộ biểu mẫu đó không có biểu mẫu này."
                : query.Form == "receipt"
                    ? "Hồ sơ không được tiếp nhận nên không có giấy tiếp nhận; hãy in phiếu từ chối."
                    : "Hồ sơ chưa có thao tác tương ứng nên chưa có biểu mẫu này.");
        }

        // The procedure, the issuing office and the people's names from the cached reference data.
        var snapshot = await reference.CurrentAsync(cancellationToken);
        var version = snapshot.ProcedureVersion(dossier.ProcedureVersionId)
            ?? throw new InvalidOperationException($"Procedure version {dossier.ProcedureVersionId} is not in the reference data.");
        var procedure = snapshot.ProcedureName(version.Id)!.Name;
        var heading = regime.Form(query.Form)!;
        var receivedIssuer = FormIssuers.ForOffice(snapshot, dossier.ReceivingOfficeId, regimes.At(dossier.ReceivedAt));
        var notices = new DossierNotices(dossier, procedure, heading, snapshot, regimes);

        var content = query.Form switch
        {
            "receipt" => renderer.Receipt(Receipt(dossier, version, procedure, heading, receivedIssuer, notices.Names)),
            "supplement-request" => renderer.SupplementRequest(notices.SupplementRequest()),
            "refusal" => renderer.Refusal(notices.FromDesk(query.Form)),
            "apology" => renderer.Apology(notices.FromProcessingOffice(query.Form)),
            "stop-notice" => renderer.StopNotice(notices.FromProcessingOffice(query.Form)),
            _ => renderer.ControlSheet(ControlSheet(dossier, procedure, heading, receivedIssuer, snapshot)),
        };
        return new PrintedForm($"{query.Form}-{dossier.Code}.pdf", content);
    }

    /// <summary>The ledger entry is the one given at receipt (read, never counted), so every reprint shows the same number.</summary>
    private ReceiptForm Receipt(
        Dossier dossier, ProcedureVersion version, string procedure, FormHeading heading, FormIssuer issuer, OfficerNames names)
    {
        var due = dossier.DueAt!.Value; // printable only with an appointment (PrintableForms)
        var applicant = dossier.Applicant;
        return new ReceiptForm(
            heading,
            issuer,
            dossier.Code,
            applicant.FullName,
            applicant.CitizenId ?? applicant.TaxCode,
            applicant.Address,
            applicant.Phone,
            applicant.Email,
            procedure,
            [.. dossier.Documents.Select(d => new FormDocumentLine(d.Name, d.Original, d.Copies))],
            1,
            version.Limit.ToString(),
            version.FeeVnd == 0 ? "Không thu" : VietnameseDates.Dong(version.FeeVnd),
            dossier.ReceivedAt,
            due,
            dossier.ResultDelivery switch
            {
                ResultDelivery.Post => "Qua dịch vụ bưu chính công ích",
                ResultDelivery.Online => "Trực tuyến",
                _ => issuer.Office,
            },
            DossierNumbers.LedgerBookOf(dossier.ReceivedAt),
            dossier.LedgerNumber,
            $"{options.Value.PublicBaseUrl.TrimEnd('/')}/tra-cuu/{dossier.Code}",
            names.Of(dossier.ReceivedById),
            Notices.NoticeChoiceText.Describe(dossier.Notice));
    }

    private static ControlSheetForm ControlSheet(Dossier dossier, string procedure, FormHeading heading, FormIssuer issuer, ReferenceSnapshot reference)
    {
        var handoffs = dossier.Handoffs;
        string OfficeName(Guid id) => reference.Office(id)!.Name;
        string? OfficerName(Guid? id) => id is { } officer ? reference.Person(officer)?.FullName : null;
        var coOfficeNames = dossier.Steps.Where(s => s.Kind == StepKind.Verify).Select(s => s.OfficeId).Distinct().Select(OfficeName).ToList();

        return new ControlSheetForm(
            heading,
            issuer,
            dossier.Code,
            dossier.Applicant.FullName,
            procedure,
            dossier.ReceivedAt,
            dossier.DueAt,
            OfficeName(dossier.CompetentOfficeId),
            coOfficeNames,
            [.. handoffs.Select(h => new ControlSheetRow(
                h.FromOfficeId is { } from ? OfficeName(from) : "Tổ chức, cá nhân nộp hồ sơ",
                OfficerName(h.FromOfficerId),
                OfficeName(h.ToOfficeId),
                OfficerName(h.ToOfficerId),
                h.HandedAt,
                h.DueAt,
                h.Timeliness?.Label() ?? "Đang xử lý",
                h.CompletedAt is { } done ? "Hoàn thành " + VietnameseDates.Short(done) : null))]);
    }
}
