using System.Globalization;
using System.Text;
using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Domain.Dossiers;

/// <summary>What the desk fills in when a citizen hands a dossier over.</summary>
public sealed partial record Intake(
    ProcedureVersion Procedure,
    Guid ReceivingOfficeId,
    IReadOnlyList<PlannedStep> Steps,
    Applicant Applicant,
    IReadOnlyList<SubmittedDocument> Documents,
    Channel Channel,
    ResultDelivery ResultDelivery,
    string? Note);

public sealed partial class Dossier
{
    /// <summary>
    /// Tiếp nhận (Decree 61 Art. 17): the dossier is complete, gets its code and its appointment
    /// (Mẫu 01), and starts the clock. The receiving officer holds it until it is transferred.
    /// </summary>
    public static Dossier Receive(DossierNumbers numbers, Intake intake, Actor actor, DateTimeOffset receivedAt, DeadlineRules rules)
    {
        var missing = MissingDocuments(intake.Procedure.RequiredDocuments, intake.Documents);
        if (missing.Count > 0)
        {
            throw new DomainRuleException(
                "dossier.receive.missing-documents",
                "Hồ sơ còn thiếu giấy tờ: " + string.Join("; ", missing) + ". Hãy lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.");
        }

        var dossier = Create(numbers, intake, actor, receivedAt, DossierStatus.Received);
        dossier.DueAt = rules.DueAt(receivedAt, intake.Procedure.Limit);
        var desk = new Handoff(1, 0, null, null, intake.ReceivingOfficeId, receivedAt, rules.TransferDueAt(receivedAt));
        desk.AssignTo(actor.OfficerId);
        dossier._handoffs.Add(desk);
        dossier.CurrentHolderId = actor.OfficerId;
        dossier.CurrentStepDueAt = desk.DueAt;
        dossier.Record("receive", actor, receivedAt, null, intake.Note);
        return dossier;
    }

    /// <summary>
    /// Từ chối tiếp nhận (Mẫu 03): the dossier is logged with its code, refused with reasons, and no
    /// clock runs.
    /// </summary>
    public static Dossier RefuseAtReception(DossierNumbers numbers, Intake intake, Actor actor, DateTimeOffset at, string reasons)
    {
        var dossier = Create(numbers, intake, actor, at, DossierStatus.NotAccepted);
        dossier.Reasons = RequireText(reasons, "dossier.refuse.reasons", "Phải ghi rõ lý do từ chối tiếp nhận.");
        dossier.FinishedAt = at;
        dossier.EndedAt = at;
        dossier.Outcome = Outcome.Refused;
        dossier.Record("refuse-at-reception", actor, at, null, dossier.Reasons);
        return dossier;
    }

    /// <summary>Unconditional required documents not found among the submitted ones, by name (case and spacing ignored).</summary>
    public static IReadOnlyList<string> MissingDocuments(IEnumerable<RequiredDocument> required, IEnumerable<SubmittedDocument> submitted)
    {
        var names = submitted.Where(d => d.Copies > 0).Select(d => Normalize(d.Name)).ToHashSet();
        return [.. required.Where(r => !r.Conditional && !names.Contains(Normalize(r.Name))).Select(r => r.Name)];
    }

    private static Dossier Create(DossierNumbers numbers, Intake intake, Actor actor, DateTimeOffset at, DossierStatus status)
    {
        var version = intake.Procedure;
        RequireRouteFromDesk(intake.Steps, intake.ReceivingOfficeId);

        if (!actor.Roles.Contains(Role.Reception))
        {
            throw new DomainRuleException("dossier.role", "Chỉ công chức tiếp nhận và trả kết quả mới được tiếp nhận hồ sơ.", RuleBreach.NotYours);
        }

        if (actor.OfficeId != intake.ReceivingOfficeId)
        {
            throw new DomainRuleException("dossier.receive.office", "Chỉ cán bộ của bộ phận tiếp nhận mới được tiếp nhận hồ sơ tại đó.", RuleBreach.NotYours);
        }

        if (!version.ResultDeliveries.Contains(intake.ResultDelivery))
        {
            throw new DomainRuleException("dossier.receive.delivery", "Thủ tục này không trả kết quả theo hình thức đã chọn.");
        }

        var dossier = new Dossier
        {
            Id = Guid.CreateVersion7(),
            Code = numbers.Code.Value,
            LedgerNumber = numbers.LedgerNumber,
            ProcedureCode = version.ProcedureCode,
            ProcedureVersionId = version.Id,
            ReceivingOfficeId = intake.ReceivingOfficeId,
            CompetentOfficeId = CompetentOfficeOf(intake.Steps),
            ApplicantUnitId = intake.ApplicantUnitId,
            CurrentOfficeId = intake.ReceivingOfficeId,
            ReceivedById = actor.OfficerId,
            Applicant = intake.Applicant,
            Notice = intake.Notice,
            Channel = intake.Channel,
            ResultDelivery = intake.ResultDelivery,
            Note = string.IsNullOrWhiteSpace(intake.Note) ? null : intake.Note.Trim(),
            Status = status,
            ReceivedAt = at,
            LimitUnit = version.LimitUnit,
            LimitAmount = version.LimitAmount,
            SupplementPolicy = version.SupplementPolicy,
        };
        dossier._steps.AddRange(intake.Steps);
        dossier._documents.AddRange(intake.Documents);
        return dossier;
    }

    /// <summary>Every route, at the desk or online, starts with the receipt at the receiving office.</summary>
    private static void RequireRouteFromDesk(IReadOnlyList<PlannedStep> steps, Guid receivingOfficeId)
    {
        if (steps.Count == 0 || steps[0].Kind != StepKind.Receive || steps[0].OfficeId != receivingOfficeId)
        {
            throw new DomainRuleException("dossier.route.start", "Quy trình của hồ sơ phải bắt đầu bằng bước tiếp nhận tại nơi tiếp nhận.");
        }
    }

    private static string Normalize(string name) =>
        string.Join(' ', name.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ToLower(CultureInfo.GetCultureInfo("vi-VN"));
}
