using Mediator;
using Microsoft.Extensions.Options;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Reference;
using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Application.Forms;

/// <summary>
/// A dossier's form as PDF: receipt (Mẫu 01), supplement-request (02), refusal (03), apology (04) or
/// control-sheet (05). Built from what the database holds, so a reprint shows the same content.
/// </summary>
public sealed record GetDossierFormQuery(string Code, string Form) : IQuery<PrintedForm>;

public sealed class GetDossierFormQueryHandler(
    IMotCuaDbContext db, ICurrentOfficer currentOfficer, IReferenceData reference, DossierAccess access, IFormPdfRenderer renderer, IOptions<FormOptions> options)
    : IQueryHandler<GetDossierFormQuery, PrintedForm>
{
    public static readonly string[] Forms = ["receipt", "supplement-request", "refusal", "apology", "control-sheet"];

    public async ValueTask<PrintedForm> Handle(GetDossierFormQuery query, CancellationToken cancellationToken)
    {
        if (!Forms.Contains(query.Form))
        {
            throw new NotFoundException($"Không có biểu mẫu \"{query.Form}\". Các biểu mẫu: {string.Join(", ", Forms)}.");
        }

        var officer = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        var dossier = await access.FindVisibleAsync(officer, query.Code, cancellationToken);
        // The procedure, the issuing office and the people's names from the cached reference data.
        var snapshot = await reference.CurrentAsync(cancellationToken);
        var version = snapshot.ProcedureVersion(dossier.ProcedureVersionId)
            ?? throw new InvalidOperationException($"Procedure version {dossier.ProcedureVersionId} is not in the reference data.");
        var procedure = snapshot.ProcedureName(version.Id)!.Name;
        var issuer = FormIssuers.ForOffice(snapshot, dossier.ReceivingOfficeId);
        var names = new Names(snapshot);

        if (PrintableForms.Of(dossier).All(f => f.Name != query.Form))
        {
            throw new NotFoundException(query.Form == "receipt"
                ? "Hồ sơ không được tiếp nhận nên không có giấy tiếp nhận; hãy in phiếu từ chối."
                : "Hồ sơ chưa có thao tác tương ứng nên chưa có biểu mẫu này.");
        }

        var content = query.Form switch
        {
            "receipt" => renderer.Receipt(Receipt(dossier, version, procedure, issuer, names)),
            "supplement-request" => renderer.SupplementRequest(SupplementRequest(dossier, procedure, issuer, names, snapshot)),
            "refusal" => renderer.Refusal(Notice(dossier, procedure, issuer, names, query.Form)),
            "apology" => renderer.Apology(Notice(dossier, procedure, FormIssuers.ForOffice(snapshot, HeldWhen(dossier, query.Form)), names, query.Form)),
            _ => renderer.ControlSheet(ControlSheet(dossier, procedure, issuer, snapshot)),
        };
        return new PrintedForm($"{query.Form}-{dossier.Code}.pdf", content);
    }

    /// <summary>Officers' full names as the forms print them: empty for nobody.</summary>
    private sealed record Names(ReferenceSnapshot Reference)
    {
        public string Of(Guid? officerId) => officerId is { } id ? Reference.Person(id)?.FullName ?? "" : "";
    }

    /// <summary>The ledger entry is the one given at receipt (read, never counted), so every reprint shows the same number.</summary>
    private ReceiptForm Receipt(
        Dossier dossier, ProcedureVersion version, string procedure, FormIssuer issuer, Names names)
    {
        var due = dossier.DueAt!.Value; // printable only with an appointment (PrintableForms)
        var applicant = dossier.Applicant;
        return new ReceiptForm(
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
            names.Of(dossier.ReceivedById));
    }

    /// <summary>Mẫu 02–04: printable only once their action and reasons exist (PrintableForms).</summary>
    private static NoticeForm Notice(Dossier dossier, string procedure, FormIssuer issuer, Names names, string form)
    {
        var cause = PrintableForms.CauseOf(dossier, form)!;
        var reasons = PrintableForms.ReasonsOf(dossier, form)!;
        var applicant = dossier.Applicant;
        return new NoticeForm(
            issuer,
            dossier.Code,
            applicant.FullName,
            applicant.Address,
            applicant.Phone,
            applicant.Email,
            procedure,
            dossier.ReceivedAt,
            dossier.DueBeforeExtension,
            dossier.ExtendedTo,
            reasons,
            cause.At,
            names.Of(cause.OfficerId),
            issuer.Office);
    }

    /// <summary>
    /// Mẫu 02 states why the items are needed, and names the officer who asked, at the office that held
    /// the dossier then, as the one to contact (Art. 15(3), 17(2)(a)).
    /// </summary>
    private static NoticeForm SupplementRequest(Dossier dossier, string procedure, FormIssuer issuer, Names names, ReferenceSnapshot reference)
    {
        var notice = Notice(dossier, procedure, issuer, names, "supplement-request");
        var cause = PrintableForms.CauseOf(dossier, "supplement-request")!;
        var contact = PrintableForms.ContactOf(names.Of(cause.OfficerId), reference.Office(HeldWhen(dossier, "supplement-request"))!.Name);
        return notice with { Contact = contact, Grounds = dossier.SupplementReasons };
    }

    /// <summary>
    /// The office holding the dossier when the notice's action was taken: the processing agency that
    /// asked for the supplement, or that apologises under its own header (Art. 19(9)).
    /// </summary>
    private static Guid HeldWhen(Dossier dossier, string form)
    {
        var cause = PrintableForms.CauseOf(dossier, form)!;
        return dossier.Handoffs.Last(h => h.HandedAt <= cause.At).ToOfficeId;
    }

    private static ControlSheetForm ControlSheet(Dossier dossier, string procedure, FormIssuer issuer, ReferenceSnapshot reference)
    {
        var handoffs = dossier.Handoffs;
        string OfficeName(Guid id) => reference.Office(id)!.Name;
        string? OfficerName(Guid? id) => id is { } officer ? reference.Person(officer)?.FullName : null;
        var lead = dossier.Steps.FirstOrDefault(s => s.Kind == StepKind.Assess)?.OfficeId;
        var coOfficeNames = dossier.Steps.Where(s => s.Kind == StepKind.Verify).Select(s => s.OfficeId).Distinct().Select(OfficeName).ToList();
        var leadName = lead is { } id ? OfficeName(id) : issuer.Office;

        return new ControlSheetForm(
            issuer,
            dossier.Code,
            dossier.Applicant.FullName,
            procedure,
            dossier.ReceivedAt,
            dossier.DueAt,
            leadName,
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
