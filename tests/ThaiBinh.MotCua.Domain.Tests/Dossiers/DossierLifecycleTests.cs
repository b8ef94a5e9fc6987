using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Dossiers.Moves;
using ThaiBinh.MotCua.Domain.Procedures;
using static ThaiBinh.MotCua.Domain.Tests.Calendar.Calendars;

namespace ThaiBinh.MotCua.Domain.Tests.Dossiers;

/// <summary>The happy path of an inter-agency dossier, and what each step records.</summary>
public sealed class DossierLifecycleTests
{
    private readonly DossierScenario _s = new();

    [Fact]
    public void Receipt_gives_the_code_the_appointment_and_the_desk_step()
    {
        var dossier = _s.Received();

        Assert.Equal("000.00.01.H54-260309-0001", dossier.Code);
        Assert.Equal(DossierStatus.Received, dossier.Status);
        Assert.Equal(Vn(2026, 3, 23, 9), dossier.DueAt);
        var desk = Assert.Single(dossier.Handoffs);
        Assert.Equal((DossierScenario.Desk, _s.Reception.OfficerId, Vn(2026, 3, 9, 17)), (desk.ToOfficeId, desk.ToOfficerId!.Value, desk.DueAt));
        Assert.Equal(1, dossier.Version);
    }

    [Fact]
    public void A_dossier_goes_from_receipt_to_return_through_four_offices_and_people()
    {
        var dossier = _s.Approved();
        dossier.Return(_s.OtherReception, "Nguyễn Văn Ấn", Vn(2026, 3, 16, 14));

        Assert.Equal(DossierStatus.Returned, dossier.Status);
        Assert.Equal(Outcome.Granted, dossier.Outcome);
        Assert.Equal(Timeliness.Early, dossier.ReturnTimeliness);
        Assert.Equal(
            ["receive", "transfer", "assign", "assess", "verify", "approve", "return"],
            dossier.Actions.Select(a => a.Action));
        Assert.Equal(
            [StepKind.Receive, StepKind.Assess, StepKind.Verify, StepKind.Approve, StepKind.Return],
            dossier.Handoffs.Select(h => dossier.Steps[h.StepIndex].Kind));
        Assert.All(dossier.Handoffs, h => Assert.NotNull(h.CompletedAt));
        Assert.Equal(7, dossier.Version);
    }

    [Fact]
    public void Each_handoff_is_early_on_time_or_late_against_its_own_budget()
    {
        var dossier = _s.Transferred();
        dossier.Assign(_s.JusticeLeader, _s.Specialist.OfficerId, Vn(2026, 3, 9, 11));
        dossier.Assess(_s.Specialist, AssessmentDecision.Approve, null, Vn(2026, 3, 12, 16), _s.Rules); // budget 3 days from 10:00 Mon

        Assert.Equal(Timeliness.OnTime, dossier.Handoffs[0].Timeliness);
        Assert.Equal(Vn(2026, 3, 12, 10), dossier.Handoffs[1].DueAt);
        Assert.Equal(Timeliness.Late, dossier.Handoffs[1].Timeliness);
        Assert.Equal((DossierScenario.Justice, DossierScenario.Police), (dossier.Handoffs[2].FromOfficeId!.Value, dossier.Handoffs[2].ToOfficeId));
    }

    [Fact]
    public void A_transfer_after_the_three_pm_deadline_makes_the_desk_step_late()
    {
        var dossier = _s.Received();

        dossier.Transfer(_s.Reception, Vn(2026, 3, 10, 8), _s.Rules);

        Assert.Equal(Timeliness.Late, dossier.Handoffs[0].Timeliness);
        Assert.Equal(DossierStatus.InProgress, dossier.Status);
    }

    [Fact]
    public void A_refusal_proposed_by_the_specialist_and_signed_goes_straight_to_the_desk()
    {
        var dossier = _s.Transferred();
        dossier.Assess(_s.Specialist, AssessmentDecision.Reject, "Không thuộc thẩm quyền cấp", Vn(2026, 3, 10, 9), _s.Rules);

        Assert.Equal(StepKind.Approve, dossier.CurrentStep.Kind);
        dossier.Approve(_s.JusticeLeader, Vn(2026, 3, 10, 14), _s.Rules);

        Assert.Equal((DossierStatus.ResultReady, Outcome.Refused, StepKind.Return), (dossier.Status, dossier.Outcome, dossier.CurrentStep.Kind));
        Assert.Equal("Không thuộc thẩm quyền cấp", dossier.Reasons);
    }

    [Fact]
    public void The_processing_office_may_refuse_outright_with_reasons()
    {
        var dossier = _s.Assessed();

        dossier.Refuse(_s.PoliceOfficer, "Người yêu cầu không thuộc diện được cấp", Vn(2026, 3, 11, 9), _s.Rules);

        Assert.Equal((DossierStatus.ResultReady, Outcome.Refused, StepKind.Return), (dossier.Status, dossier.Outcome, dossier.CurrentStep.Kind));
        Assert.Equal(DossierScenario.Desk, dossier.CurrentOfficeId);
    }

    [Fact]
    public void Sending_back_returns_the_dossier_to_the_specialist_who_assessed_it()
    {
        var dossier = _s.Verified();

        dossier.SendBack(_s.JusticeLeader, "Thiếu kết quả xác minh nơi cư trú", Vn(2026, 3, 13, 14), _s.Rules);

        Assert.Equal(StepKind.Assess, dossier.CurrentStep.Kind);
        Assert.Equal(_s.Specialist.OfficerId, dossier.CurrentHandoff!.ToOfficerId);
        Assert.Equal(Outcome.None, dossier.ProposedOutcome);
        Assert.Equal("send-back", dossier.Actions[^1].Action);
    }

    [Fact]
    public void A_supplement_stops_the_clock_and_restarts_it_from_zero_by_default()
    {
        var dossier = _s.Transferred();
        dossier.Assess(_s.Specialist, AssessmentDecision.RequestSupplement, "Bản sao chưa chứng thực", Vn(2026, 3, 10, 9), _s.Rules, "Bản sao giấy khai sinh");

        Assert.Equal((DossierStatus.SupplementRequested, Vn(2026, 3, 10, 9)), (dossier.Status, dossier.PausedAt!.Value));
        dossier.Supplement(_s.Reception, Vn(2026, 3, 16, 9), _s.Rules, "Đã nộp bản sao");

        Assert.Equal(DossierStatus.InProgress, dossier.Status);
        Assert.Equal(Vn(2026, 3, 30, 9), dossier.DueAt);
        Assert.Equal(1, dossier.SupplementRequestCount);
        Assert.Single(dossier.Pauses);
    }

    [Fact]
    public void A_supplement_is_asked_once_with_its_items_its_reasons_and_the_officer_to_contact()
    {
        var dossier = _s.Transferred();
        Assert.True(dossier.Check(DossierMoveRules.RequestSupplement, _s.Specialist).Allowed);

        dossier.RequestSupplement(_s.Specialist, "Ảnh 4x6", "Ảnh đã nộp chụp quá 6 tháng", Vn(2026, 3, 10, 9), _s.Rules);
        dossier.Supplement(_s.Reception, Vn(2026, 3, 11, 9), _s.Rules, null);

        Assert.Equal(("Ảnh 4x6", "Ảnh đã nộp chụp quá 6 tháng"), (dossier.SupplementItems, dossier.SupplementReasons));
        Assert.Equal(_s.Specialist.OfficerId, dossier.Actions.Single(a => a.Action == "request-supplement").OfficerId);
        var verdict = dossier.Check(DossierMoveRules.RequestSupplement, _s.Specialist);
        Assert.Equal(("dossier.supplement.once", RuleBreach.NotNow), (verdict.Rule, verdict.Breach));
        Assert.Equal("dossier.supplement.once", Assert.Throws<DomainRuleException>(() =>
            dossier.Assess(_s.Specialist, AssessmentDecision.RequestSupplement, "Lần hai", Vn(2026, 3, 11, 10), _s.Rules, "Giấy ủy quyền")).Rule);
        Assert.Equal(1, dossier.SupplementRequestCount);
    }

    [Fact]
    public void With_the_extend_by_pause_policy_the_due_moment_moves_by_the_time_waited()
    {
        var dossier = _s.Transferred(SupplementPolicy.ExtendByPause);
        dossier.RequestSupplement(_s.Specialist, "Ảnh 4x6", "Thiếu ảnh", Vn(2026, 3, 10, 9), _s.Rules);
        dossier.Supplement(_s.Reception, Vn(2026, 3, 12, 9), _s.Rules, null);

        Assert.Equal(Vn(2026, 3, 25, 9), dossier.DueAt);
    }

    [Fact]
    public void The_one_extension_sets_the_new_appointment()
    {
        var dossier = _s.Assessed();

        dossier.Extend(_s.PoliceOfficer, Vn(2026, 3, 27, 9), "Chờ kết quả xác minh", Vn(2026, 3, 20, 9), _s.Rules);

        Assert.Equal(Vn(2026, 3, 27, 9), dossier.DueAt);
        Assert.Equal(Vn(2026, 3, 27, 9), dossier.ExtendedTo);
        Assert.Equal("deadline.extension.once", Assert.Throws<DomainRuleException>(() =>
            dossier.Extend(_s.PoliceOfficer, Vn(2026, 3, 30, 9), "Lần hai", Vn(2026, 3, 23, 9), _s.Rules)).Rule);
    }

    [Fact]
    public void Once_extended_the_apology_is_no_longer_a_move_on_offer()
    {
        var dossier = _s.Assessed();
        Assert.True(dossier.Check(DossierMoveRules.Extend, _s.PoliceOfficer).Allowed);

        dossier.Extend(_s.PoliceOfficer, Vn(2026, 3, 27, 9), "Chờ kết quả xác minh", Vn(2026, 3, 20, 9), _s.Rules);
        var verdict = dossier.Check(DossierMoveRules.Extend, _s.PoliceOfficer);

        Assert.Equal(("deadline.extension.once", RuleBreach.NotNow), (verdict.Rule, verdict.Breach));
    }

    [Fact]
    public void Later_than_one_working_day_before_the_due_moment_the_apology_is_not_on_offer()
    {
        var dossier = _s.Assessed();

        // Due Monday 23/03 09:00: one working day before is Friday 20/03 09:00 (the weekend does not count).
        Assert.Equal(Vn(2026, 3, 23, 9), dossier.DueAt);
        Assert.True(dossier.Check(DossierMoveRules.Extend, _s.PoliceOfficer, Vn(2026, 3, 20, 9), _s.Rules).Allowed);
        var late = dossier.Check(DossierMoveRules.Extend, _s.PoliceOfficer, Vn(2026, 3, 20, 9, 1), _s.Rules);
        Assert.Equal(("deadline.extension.before-due", RuleBreach.NotNow), (late.Rule, late.Breach));
        Assert.Equal(dossier.Check(DossierMoveRules.Verify, _s.PoliceOfficer), dossier.Check(DossierMoveRules.Verify, _s.PoliceOfficer, dossier.DueAt!.Value, _s.Rules));
    }

    [Fact]
    public void A_return_after_the_due_moment_is_late()
    {
        var dossier = _s.Approved();

        dossier.Return(_s.Reception, "Nguyễn Văn Ấn", Vn(2026, 3, 23, 10));

        Assert.Equal(Timeliness.Late, dossier.ReturnTimeliness);
    }

    [Fact]
    public void A_return_on_the_due_day_before_the_due_moment_is_on_time()
    {
        var dossier = _s.Approved();

        dossier.Return(_s.Reception, "Nguyễn Văn Ấn", Vn(2026, 3, 23, 8));

        Assert.Equal(Timeliness.OnTime, dossier.ReturnTimeliness);
    }

    [Fact]
    public void Withdrawal_and_stop_close_the_dossier_with_their_reason()
    {
        var withdrawn = _s.Transferred();
        var stopped = _s.Transferred();
        stopped.RequestSupplement(_s.Specialist, "Giấy ủy quyền", "Người nộp không phải người yêu cầu", Vn(2026, 3, 10, 9), _s.Rules);

        withdrawn.Withdraw(_s.Reception, "Công dân xin rút hồ sơ", Vn(2026, 3, 11, 9));
        stopped.Stop(_s.JusticeLeader, "Quá thời hạn bổ sung", Vn(2026, 4, 10, 9));

        Assert.Equal((DossierStatus.Withdrawn, "Công dân xin rút hồ sơ"), (withdrawn.Status, withdrawn.Reasons));
        Assert.Equal(DossierStatus.Stopped, stopped.Status);
        Assert.Null(stopped.PausedAt);
        Assert.False(stopped.Status.IsOpen());
    }

    [Fact]
    public void Refusal_at_reception_logs_the_dossier_with_reasons_and_no_clock()
    {
        var dossier = Dossier.RefuseAtReception(
            new DossierNumbers(DossierCode.Create("000.00.01.H54", Vn(2026, 3, 9, 9), 2), 1), DossierScenario.Intake(), _s.Reception, Vn(2026, 3, 9, 9), "Không thuộc thẩm quyền tiếp nhận");

        Assert.Equal((DossierStatus.NotAccepted, Outcome.Refused), (dossier.Status, dossier.Outcome));
        Assert.Null(dossier.DueAt);
        Assert.Empty(dossier.Handoffs);
    }

    [Fact]
    public void A_calendar_change_moves_the_due_moment_and_says_why()
    {
        var dossier = _s.Transferred();
        var dayOff = new CalendarEntry(new DateOnly(2026, 3, 13), DayKind.Holiday, "Nghỉ đột xuất", DaySource.Admin);

        Assert.True(dossier.RecomputeDueAt(Rules(dayOff), "Lịch thay đổi ngày 13/03/2026.", Vn(2026, 3, 10, 8)));
        Assert.False(dossier.RecomputeDueAt(Rules(dayOff), "Lịch thay đổi ngày 13/03/2026.", Vn(2026, 3, 10, 8)));

        Assert.Equal(Vn(2026, 3, 24, 9), dossier.DueAt);
        Assert.Equal("recompute-due", dossier.Actions[^1].Action);
        Assert.Null(dossier.Actions[^1].OfficerId);
    }
}
