using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers.Moves;
using ThaiBinh.MotCua.Domain.Notices;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Domain.Dossiers;

/// <summary>
/// A dossier the citizen submitted on the national portal, as the portal sent it: the portal's own
/// code (<c>MaHoSo</c>), when it was submitted there (<c>NgayNopHoSo</c>), the owner's portal account
/// (<c>MaDoiTuong</c>), and the documents by name.
/// </summary>
public sealed record OnlineSubmission(
    ProcedureVersion Procedure,
    Guid ReceivingOfficeId,
    IReadOnlyList<PlannedStep> Steps,
    Applicant Applicant,
    IReadOnlyList<SubmittedDocument> Documents,
    string PortalCode,
    DateTimeOffset SubmittedAt,
    string? PortalOwnerId,
    string? Summary);

public sealed partial class Dossier
{
    public const int MaxPortalCodeLength = 64;

    public const string SubmitOnlineAction = "submit-online";

    public const string ResubmitOnlineAction = "resubmit-online";

    /// <summary>The portal's code of a dossier submitted online (MaHoSo there); null for a desk dossier.</summary>
    public string? PortalCode { get; private set; }

    /// <summary>When the citizen submitted it on the portal (NgayNopHoSo).</summary>
    public DateTimeOffset? SubmittedOnlineAt { get; private set; }

    /// <summary>The owner's account on the portal (MaDoiTuong, the DVCQG TechID), sent back with the records.</summary>
    public string? PortalOwnerId { get; private set; }

    /// <summary>
    /// Mới đăng ký (status 1): the dossier arrives from the portal at the receiving desk's queue. It has
    /// its code but no clock (Art. 17(2)): the time runs from the desk's acceptance. The citizen is told
    /// by email, else by SMS, at the contact they gave on the portal.
    /// </summary>
    public static Dossier SubmitOnline(DossierNumbers numbers, OnlineSubmission submission, DateTimeOffset arrivedAt)
    {
        var steps = submission.Steps;
        RequireRouteFromDesk(steps, submission.ReceivingOfficeId);

        var version = submission.Procedure;
        var applicant = submission.Applicant;
        var dossier = new Dossier
        {
            Id = Guid.CreateVersion7(),
            Code = numbers.Code.Value,
            LedgerNumber = numbers.LedgerNumber,
            ProcedureCode = version.ProcedureCode,
            ProcedureVersionId = version.Id,
            ReceivingOfficeId = submission.ReceivingOfficeId,
            CompetentOfficeId = CompetentOfficeOf(steps),
            CurrentOfficeId = submission.ReceivingOfficeId,
            Applicant = applicant,
            Notice = applicant.Email is not null ? NoticeChoice.Of(NoticeChannel.Email, null, applicant.Email)
                : Identifiers.MobileNumber.TryParse(applicant.Phone, out var mobile) ? NoticeChoice.Of(NoticeChannel.Sms, mobile.Value, null)
                : NoticeChoice.None,
            Channel = Channel.Online,
            ResultDelivery = version.ResultDeliveries.Contains(ResultDelivery.Online) ? ResultDelivery.Online : version.ResultDeliveries[0],
            Note = string.IsNullOrWhiteSpace(submission.Summary) ? null : submission.Summary.Trim(),
            Status = DossierStatus.Submitted,
            ReceivedAt = arrivedAt,
            LimitUnit = version.LimitUnit,
            LimitAmount = version.LimitAmount,
            SupplementPolicy = version.SupplementPolicy,
            PortalCode = submission.PortalCode,
            SubmittedOnlineAt = submission.SubmittedAt,
            PortalOwnerId = submission.PortalOwnerId,
        };
        dossier._steps.AddRange(steps);
        dossier._documents.AddRange(submission.Documents);
        dossier.Record(SubmitOnlineAction, null, arrivedAt, null, null);
        return dossier;
    }

    /// <summary>
    /// The citizen completed the dossier on the portal after the completion request, and the portal sent
    /// it again with the same code: it is back in the desk's queue (status 1) with the documents as now sent.
    /// Any other state means the portal sent a dossier the system already has.
    /// </summary>
    public void ResubmitOnline(IReadOnlyList<SubmittedDocument> documents, DateTimeOffset submittedAt, DateTimeOffset arrivedAt)
    {
        if (PortalCode is null || Status != DossierStatus.SupplementRequested)
        {
            throw new DomainRuleException(DuplicateSubmissionRule, $"Hồ sơ {PortalCode ?? Code} đã tồn tại trên hệ thống một cửa.");
        }

        var before = Status;
        _documents.Clear();
        _documents.AddRange(documents);
        SubmittedOnlineAt = submittedAt;
        Status = DossierStatus.Submitted;
        Record(ResubmitOnlineAction, null, arrivedAt, before, null);
    }

    public const string DuplicateSubmissionRule = "dossier.online.duplicate";

    /// <summary>
    /// Tiếp nhận hồ sơ trực tuyến (Art. 17(2)): the desk found it complete; from this moment it is a
    /// received dossier like one handed in at the desk (the appointment, the desk's own transfer
    /// deadline, the receipt to the citizen), the accepting officer its receiver.
    /// </summary>
    public void AcceptOnline(Actor actor, IReadOnlyList<RequiredDocument> required, DateTimeOffset now, DeadlineRules rules)
    {
        Authorize(DossierMoveRules.AcceptOnline, actor);
        var missing = MissingDocuments(required, _documents);
        if (missing.Count > 0)
        {
            throw new DomainRuleException(
                "dossier.accept-online.missing-documents",
                "Hồ sơ còn thiếu giấy tờ: " + string.Join("; ", missing) + ". Hãy gửi yêu cầu bổ sung, hoàn thiện hồ sơ cho công dân.");
        }

        var before = Status;
        Status = DossierStatus.Received;
        ReceivedAt = now;
        ReceivedById = actor.OfficerId;
        DueAt = rules.DueAt(now, Limit);
        var desk = new Handoff(1, 0, null, null, ReceivingOfficeId, now, rules.TransferDueAt(now));
        desk.AssignTo(actor.OfficerId);
        _handoffs.Add(desk);
        CurrentHolderId = actor.OfficerId;
        CurrentStepDueAt = desk.DueAt;
        Record(DossierMoveRules.AcceptOnline.Name, actor, now, before, null);
    }

    /// <summary>
    /// The one notice of Art. 17(2)(a) (Mẫu 02 online): what to complete, why, and how; the portal shows
    /// status 5 and the citizen completes the dossier there. Asked once, like the desk's.
    /// </summary>
    public void RequestOnlineCompletion(Actor actor, string? items, string? reasons, DateTimeOffset now)
    {
        Authorize(DossierMoveRules.RequestOnlineCompletion, actor);
        if (SupplementRequestCount > 0)
        {
            throw new DomainRuleException(SupplementOnceRule, SupplementOnceMessage);
        }

        SupplementItems = RequireText(items, "dossier.supplement.items", "Phải ghi rõ giấy tờ cần bổ sung, hoàn thiện.");
        SupplementReasons = RequireText(reasons, "dossier.supplement.reasons", "Phải ghi rõ lý do yêu cầu bổ sung, hoàn thiện hồ sơ.");
        SupplementRequestCount++;
        var before = Status;
        Status = DossierStatus.SupplementRequested;
        Record(DossierMoveRules.RequestOnlineCompletion.Name, actor, now, before, SupplementItems);
    }

    /// <summary>
    /// Từ chối tiếp nhận hồ sơ trực tuyến (Mẫu 03, Art. 17(2)(a)): not eligible, or not this authority's;
    /// status 3 with the reasons, no clock ever ran.
    /// </summary>
    public void RefuseOnline(Actor actor, string? reasons, DateTimeOffset now)
    {
        Authorize(DossierMoveRules.RefuseOnline, actor);
        Reasons = RequireText(reasons, "dossier.refuse.reasons", "Phải ghi rõ lý do từ chối tiếp nhận.");
        ReceivedById = actor.OfficerId;
        var before = Status;
        Status = DossierStatus.NotAccepted;
        FinishedAt = now;
        EndedAt = now;
        Outcome = Outcome.Refused;
        Record(DossierMoveRules.RefuseOnline.Name, actor, now, before, Reasons);
    }
}
