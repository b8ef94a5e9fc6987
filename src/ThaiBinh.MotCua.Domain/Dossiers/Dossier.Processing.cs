using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers.Moves;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Domain.Dossiers;

public sealed partial class Dossier
{
    /// <summary>Supplements may be asked for at most this long after receipt (Decree 61 Art. 19(4)).</summary>
    public const int SupplementWindowWorkingDays = 3;

    /// <summary>
    /// Chuyển hồ sơ (Art. 18): the desk sends the dossier to the office of the first processing step.
    /// The desk's own step is late when this happens after the 15:00 rule's due moment.
    /// </summary>
    public void Transfer(Actor actor, DateTimeOffset now, DeadlineRules rules)
    {
        Authorize(DossierMoveRules.Transfer, actor);
        var before = Status;
        Status = DossierStatus.InProgress;
        MoveToStep(CurrentStepIndex + 1, actor, now, rules, assignee: null);
        Record("transfer", actor, now, before, null);
    }

    /// <summary>Phân công: the office's leader gives the current step to one of the office's officers.</summary>
    public void Assign(Actor actor, Guid officerId, DateTimeOffset now)
    {
        Authorize(DossierMoveRules.Assign, actor);
        GiveCurrentStepTo(officerId);
        Record("assign", actor, now, Status, null);
    }

    /// <summary>
    /// Thẩm định: the specialist proposes to grant, proposes to refuse (with reasons), or asks the citizen
    /// for a supplement (the <paramref name="items"/> to bring, and the reasons).
    /// </summary>
    public void Assess(Actor actor, AssessmentDecision decision, string? reasons, DateTimeOffset now, DeadlineRules rules, string? items = null)
    {
        Authorize(DossierMoveRules.Assess, actor);

        switch (decision)
        {
            case AssessmentDecision.Approve:
                ProposedOutcome = Outcome.Granted;
                MoveToStep(CurrentStepIndex + 1, actor, now, rules, assignee: null);
                Record("assess", actor, now, Status, "Đề xuất giải quyết");
                break;
            case AssessmentDecision.Reject:
                ProposedOutcome = Outcome.Refused;
                Reasons = RequireText(reasons, "dossier.assess.reasons", "Phải ghi rõ lý do đề xuất từ chối giải quyết.");
                MoveToStep(NextStepOfKind(StepKind.Approve), actor, now, rules, assignee: null);
                Record("assess", actor, now, Status, "Đề xuất từ chối: " + Reasons);
                break;
            default:
                RequestSupplement(actor, items, reasons, now, rules);
                break;
        }
    }

    /// <summary>
    /// Yêu cầu bổ sung (Mẫu 02): within three working days of receipt, the processing office asks the
    /// citizen, once and completely (Art. 15(3), 17(2)(a)), for the items to bring and why; the officer
    /// asking, recorded on the action, is the contact the form names. The clock stops until the
    /// supplement arrives.
    /// </summary>
    public void RequestSupplement(Actor actor, string? items, string? reasons, DateTimeOffset now, DeadlineRules rules)
    {
        Authorize(DossierMoveRules.RequestSupplement, actor);
        var window = rules.Calendar.Hours.WorkingDayLength * SupplementWindowWorkingDays;
        if (rules.Calendar.WorkingTimeBetween(ReceivedAt, now) > window)
        {
            throw new DomainRuleException(
                "dossier.supplement.window",
                $"Chỉ được yêu cầu bổ sung trong {SupplementWindowWorkingDays} ngày làm việc kể từ khi tiếp nhận ({VietnameseDates.DateTime(ReceivedAt)}).");
        }

        SupplementItems = RequireText(items, "dossier.supplement.items", "Phải ghi rõ giấy tờ cần bổ sung, hoàn thiện.");
        SupplementReasons = RequireText(reasons, "dossier.supplement.reasons", "Phải ghi rõ lý do yêu cầu bổ sung, hoàn thiện hồ sơ.");
        SupplementRequestCount++;
        PausedAt = now;
        var before = Status;
        Status = DossierStatus.SupplementRequested;
        Record("request-supplement", actor, now, before, $"{SupplementItems} (Lý do: {SupplementReasons})");
    }

    /// <summary>
    /// The citizen brought the documents to the desk: the clock resumes, and the due moment moves as
    /// the procedure's supplement policy says.
    /// </summary>
    public void Supplement(Actor actor, DateTimeOffset now, DeadlineRules rules, string? note)
    {
        Authorize(DossierMoveRules.Supplement, actor);
        var previousDueAt = DueAt;
        ResumeClock(now, rules, PauseCause.Supplement);
        var before = Status;
        Status = DossierStatus.InProgress;
        Record("supplement", actor, now, before, note, previousDueAt);
    }

    /// <summary>Thẩm tra, xác minh, lấy ý kiến: the consulted office gives its opinion and passes the dossier on.</summary>
    public void Verify(Actor actor, string? opinion, DateTimeOffset now, DeadlineRules rules)
    {
        Authorize(DossierMoveRules.Verify, actor);
        MoveToStep(CurrentStepIndex + 1, actor, now, rules, assignee: null);
        Record("verify", actor, now, Status, opinion);
    }

    /// <summary>
    /// Phê duyệt: the leader signs the proposed outcome (grant or refusal); the result goes to the desk.
    /// </summary>
    public void Approve(Actor actor, DateTimeOffset now, DeadlineRules rules)
    {
        Authorize(DossierMoveRules.Approve, actor);
        if (ProposedOutcome == Outcome.None)
        {
            throw new DomainRuleException("dossier.approve.no-proposal", "Hồ sơ chưa có đề xuất của chuyên viên thẩm định.");
        }

        Outcome = ProposedOutcome;
        var next = CurrentStepIndex + 1;
        if (Outcome == Outcome.Refused)
        {
            next = _steps.Count - 1;
        }

        MoveToStep(next, actor, now, rules, assignee: null);
        var before = Status;
        if (CurrentStep.Kind == StepKind.Return)
        {
            Status = DossierStatus.ResultReady;
            EndedAt = now;
        }

        Record("approve", actor, now, before, Outcome == Outcome.Refused ? "Phê duyệt từ chối: " + Reasons : "Phê duyệt kết quả");
    }

    /// <summary>
    /// Từ chối giải quyết (Art. 19(8)): the processing office refuses with reasons; the refusal notice
    /// (Mẫu 03) goes to the desk as the result.
    /// </summary>
    public void Refuse(Actor actor, string? reasons, DateTimeOffset now, DeadlineRules rules)
    {
        Authorize(DossierMoveRules.Refuse, actor);
        Reasons = RequireText(reasons, "dossier.refuse.reasons", "Phải ghi rõ lý do từ chối giải quyết.");
        ProposedOutcome = Outcome.Refused;
        Outcome = Outcome.Refused;
        MoveToStep(_steps.Count - 1, actor, now, rules, assignee: null);
        var before = Status;
        Status = DossierStatus.ResultReady;
        EndedAt = now;
        Record("refuse", actor, now, before, Reasons);
    }

    /// <summary>The leader does not sign: the dossier goes back to the specialist who assessed it.</summary>
    public void SendBack(Actor actor, string? reason, DateTimeOffset now, DeadlineRules rules)
    {
        Authorize(DossierMoveRules.SendBack, actor);
        var note = RequireText(reason, "dossier.send-back.reason", "Phải ghi rõ lý do trả lại hồ sơ cho chuyên viên.");
        var assess = _steps.FindLastIndex(CurrentStepIndex, s => s.Kind == StepKind.Assess);
        var assessor = _handoffs.Where(h => h.StepIndex == assess).MaxBy(h => h.Sequence)?.ToOfficerId;
        ProposedOutcome = Outcome.None;
        MoveToStep(assess, actor, now, rules, assessor);
        Record("send-back", actor, now, Status, note);
    }

    private int NextStepOfKind(StepKind kind)
    {
        var index = _steps.FindIndex(CurrentStepIndex + 1, s => s.Kind == kind);
        return index >= 0 ? index : throw new InvalidOperationException($"The route has no {kind} step after {CurrentStepIndex}.");
    }

    /// <summary>Closes the current hand-off and opens one at <paramref name="stepIndex"/>, due after the step's budget.</summary>
    private void MoveToStep(int stepIndex, Actor actor, DateTimeOffset now, DeadlineRules rules, Guid? assignee)
    {
        var current = LastHandoff;
        current.Complete(now);
        CurrentStepIndex = stepIndex;
        var step = _steps[stepIndex];
        var handoff = new Handoff(
            _handoffs.Count + 1, stepIndex, current.ToOfficeId, actor.OfficerId, step.OfficeId, now,
            rules.Calendar.AddWorkingTime(now, TimeSpan.FromHours(step.BudgetHours)));
        if (assignee is { } officerId)
        {
            handoff.AssignTo(officerId);
        }

        _handoffs.Add(handoff);
        CurrentHolderId = handoff.ToOfficerId;
        CurrentOfficeId = step.OfficeId;
        CurrentStepDueAt = handoff.DueAt;
    }
}
