using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Procedures;
using static ThaiBinh.MotCua.Domain.Tests.Calendar.Calendars;

namespace ThaiBinh.MotCua.Domain.Tests.Dossiers;

/// <summary>Every illegal move is refused with its rule, and a refused move changes nothing.</summary>
public sealed class DossierRefusalTests
{
    private readonly DossierScenario _s = new();

    [Fact]
    public void Receipt_with_missing_documents_names_them()
    {
        var intake = DossierScenario.Intake(documents: [new SubmittedDocument("Bản chụp  cccd", 1, false)]);

        var error = Assert.Throws<DomainRuleException>(() =>
            Dossier.Receive(new DossierNumbers(DossierCode.Create("000.00.01.H54", Vn(2026, 3, 9, 9), 1), 1), intake, _s.Reception, Vn(2026, 3, 9, 9), _s.Rules));

        Assert.Equal("dossier.receive.missing-documents", error.Rule);
        Assert.Contains("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", error.Message);
        Assert.DoesNotContain("CCCD", error.Message);
    }

    [Fact]
    public void Receipt_by_an_officer_of_another_office_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Dossier.Receive(
            new DossierNumbers(DossierCode.Create("000.00.01.H54", Vn(2026, 3, 9, 9), 1), 1), DossierScenario.Intake(), _s.JusticeClerk, Vn(2026, 3, 9, 9), _s.Rules));
        var notReception = Assert.Throws<DomainRuleException>(() => Dossier.Receive(
            new DossierNumbers(DossierCode.Create("000.00.01.H54", Vn(2026, 3, 9, 9), 1), 1), DossierScenario.Intake(), _s.DeskLeader, Vn(2026, 3, 9, 9), _s.Rules));

        Assert.Equal(("dossier.receive.office", RuleBreach.NotYours), (error.Rule, error.Breach));
        Assert.Equal(("dossier.role", RuleBreach.NotYours), (notReception.Rule, notReception.Breach));
    }

    [Fact]
    public void Receipt_with_a_delivery_the_procedure_does_not_offer_is_refused()
    {
        var intake = DossierScenario.Intake() with { ResultDelivery = ResultDelivery.Online };

        var error = Assert.Throws<DomainRuleException>(() => Dossier.Receive(
            new DossierNumbers(DossierCode.Create("000.00.01.H54", Vn(2026, 3, 9, 9), 1), 1), intake, _s.Reception, Vn(2026, 3, 9, 9), _s.Rules));

        Assert.Equal("dossier.receive.delivery", error.Rule);
    }

    [Fact]
    public void Transfer_only_once_and_only_by_the_desk()
    {
        var received = _s.Received();
        Refused("dossier.role", received, d => d.Transfer(_s.Specialist, Vn(2026, 3, 9, 10), _s.Rules));
        Refused("dossier.office", received, d => d.Transfer(_s.JusticeClerk, Vn(2026, 3, 9, 10), _s.Rules));
        Refused("dossier.office", _s.Transferred(), d => d.Transfer(_s.Reception, Vn(2026, 3, 9, 11), _s.Rules));
        Refused("dossier.transfer.status", _s.Approved(), d => d.Transfer(_s.Reception, Vn(2026, 3, 16, 11), _s.Rules));
    }

    [Fact]
    public void Assignment_needs_a_step_in_processing_at_the_office_holding_it()
    {
        Refused("dossier.office", _s.Received(), d => d.Assign(_s.JusticeLeader, _s.Specialist.OfficerId, Vn(2026, 3, 9, 10)));
        Refused("dossier.assign.status", _s.Approved(), d => d.Assign(_s.DeskLeader, _s.Specialist.OfficerId, Vn(2026, 3, 16, 10)));
        Refused("dossier.office", _s.Transferred(), d => d.Assign(_s.PoliceOfficer, _s.Specialist.OfficerId, Vn(2026, 3, 9, 11)));
    }

    [Fact]
    public void Assessment_is_for_the_assess_step_its_office_and_its_assignee()
    {
        Refused("dossier.office", _s.Received(), d => d.Assess(_s.Specialist, AssessmentDecision.Approve, null, Vn(2026, 3, 10, 9), _s.Rules));
        Refused("dossier.assess.step", _s.Assessed(), d => d.Assess(_s.PoliceOfficer, AssessmentDecision.Approve, null, Vn(2026, 3, 10, 9), _s.Rules));
        Refused("dossier.office", _s.Transferred(), d => d.Assess(_s.PoliceOfficer, AssessmentDecision.Approve, null, Vn(2026, 3, 10, 9), _s.Rules));
        Refused("dossier.assess.reasons", _s.Transferred(), d => d.Assess(_s.Specialist, AssessmentDecision.Reject, " ", Vn(2026, 3, 10, 9), _s.Rules));

        var assigned = _s.Transferred();
        assigned.Assign(_s.JusticeLeader, _s.Specialist.OfficerId, Vn(2026, 3, 9, 11));
        Refused("dossier.assignee", assigned, d => d.Assess(_s.OtherSpecialist, AssessmentDecision.Approve, null, Vn(2026, 3, 10, 9), _s.Rules));
    }

    [Fact]
    public void Supplements_are_asked_within_three_working_days_of_receipt_and_name_what_is_missing()
    {
        // Received Monday 09/03 09:00: three working days end Thursday 12/03 09:00.
        Refused("dossier.supplement.window", _s.Transferred(), d => d.RequestSupplement(_s.Specialist, "Ảnh", "Thiếu ảnh", Vn(2026, 3, 12, 10), _s.Rules));
        Refused("dossier.supplement.items", _s.Transferred(), d => d.RequestSupplement(_s.Specialist, "", "Thiếu ảnh", Vn(2026, 3, 10, 9), _s.Rules));
        Refused("dossier.supplement.reasons", _s.Transferred(), d => d.RequestSupplement(_s.Specialist, "Ảnh", " ", Vn(2026, 3, 10, 9), _s.Rules));
        Refused("dossier.supplement.status", _s.Transferred(), d => d.Supplement(_s.Reception, Vn(2026, 3, 10, 9), _s.Rules, null));
        Refused("dossier.request-supplement.step", _s.Verified(), d => d.RequestSupplement(_s.Specialist, "Ảnh", "Thiếu ảnh", Vn(2026, 3, 10, 9), _s.Rules));

        var paused = _s.Transferred();
        paused.RequestSupplement(_s.Specialist, "Ảnh", "Thiếu ảnh", Vn(2026, 3, 12, 9), _s.Rules);
        Refused("dossier.office", paused, d => d.Supplement(_s.PoliceOfficer, Vn(2026, 3, 13, 9), _s.Rules, null));
        Refused("dossier.assess.status", paused, d => d.Assess(_s.Specialist, AssessmentDecision.Approve, null, Vn(2026, 3, 13, 9), _s.Rules));
    }

    [Fact]
    public void Verification_approval_and_send_back_each_need_their_own_step()
    {
        Refused("dossier.verify.step", _s.Transferred(), d => d.Verify(_s.Specialist, null, Vn(2026, 3, 10, 9), _s.Rules));
        Refused("dossier.approve.step", _s.Assessed(), d => d.Approve(_s.PoliceOfficer, Vn(2026, 3, 10, 9), _s.Rules));
        Refused("dossier.send-back.step", _s.Assessed(), d => d.SendBack(_s.PoliceOfficer, "x", Vn(2026, 3, 10, 9), _s.Rules));
        Refused("dossier.send-back.reason", _s.Verified(), d => d.SendBack(_s.JusticeLeader, null, Vn(2026, 3, 13, 14), _s.Rules));
        Refused("dossier.office", _s.Approved(), d => d.Approve(_s.JusticeLeader, Vn(2026, 3, 16, 10), _s.Rules));
        Refused("dossier.approve.status", _s.Approved(), d => d.Approve(_s.DeskLeader, Vn(2026, 3, 16, 10), _s.Rules));
    }

    [Fact]
    public void Refusal_needs_a_dossier_in_processing_at_the_refusing_office_and_reasons()
    {
        Refused("dossier.office", _s.Received(), d => d.Refuse(_s.JusticeLeader, "x", Vn(2026, 3, 10, 9), _s.Rules));
        Refused("dossier.office", _s.Transferred(), d => d.Refuse(_s.PoliceOfficer, "x", Vn(2026, 3, 10, 9), _s.Rules));
        Refused("dossier.refuse.reasons", _s.Transferred(), d => d.Refuse(_s.JusticeLeader, "", Vn(2026, 3, 10, 9), _s.Rules));
        Refused("dossier.role", _s.Approved(), d => d.Refuse(_s.Reception, "x", Vn(2026, 3, 16, 10), _s.Rules));
        Refused("dossier.refuse.status", _s.Approved(), d => d.Refuse(_s.DeskLeader, "x", Vn(2026, 3, 16, 10), _s.Rules));
    }

    [Fact]
    public void Return_needs_a_ready_result_the_desk_and_who_took_it()
    {
        Refused("dossier.office", _s.Verified(), d => d.Return(_s.Reception, "Nguyễn Văn Ấn", Vn(2026, 3, 16, 9)));
        Refused("dossier.role", _s.Approved(), d => d.Return(_s.Specialist, "Nguyễn Văn Ấn", Vn(2026, 3, 16, 10)));
        Refused("dossier.return.received-by", _s.Approved(), d => d.Return(_s.Reception, " ", Vn(2026, 3, 16, 10)));

        var returned = _s.Approved();
        returned.Return(_s.Reception, "Nguyễn Văn Ấn", Vn(2026, 3, 16, 10));
        Refused("dossier.return.status", returned, d => d.Return(_s.Reception, "Nguyễn Văn Ấn", Vn(2026, 3, 16, 11)));
        Refused("dossier.withdraw.status", returned, d => d.Withdraw(_s.Reception, "Rút", Vn(2026, 3, 16, 11)));
        Refused("dossier.extend.status", returned, d => d.Extend(_s.DeskLeader, Vn(2026, 3, 30, 9), "x", Vn(2026, 3, 16, 11), _s.Rules));
    }

    [Fact]
    public void Extension_later_than_one_working_day_before_the_due_moment_is_refused()
    {
        // Due Monday 23/03 09:00: Friday 20/03 at 09:30 leaves less than a working day.
        Refused("deadline.extension.before-due", _s.Assessed(), d => d.Extend(_s.PoliceOfficer, Vn(2026, 3, 30, 9), "Chậm", Vn(2026, 3, 20, 9, 30), _s.Rules));
        Refused("deadline.extension.before-due", _s.Assessed(), d => d.Extend(_s.PoliceOfficer, Vn(2026, 3, 30, 9), "Chậm", Vn(2026, 3, 23, 9), _s.Rules));
        Refused("dossier.extend.reason", _s.Assessed(), d => d.Extend(_s.PoliceOfficer, Vn(2026, 3, 30, 9), null, Vn(2026, 3, 20, 9), _s.Rules));
    }

    [Fact]
    public void Only_the_office_holding_the_dossier_re_dates_or_stops_it_and_only_the_receiving_desk_records_a_withdrawal()
    {
        // Assessed: Công an holds it for verification; Sở Tư pháp and the desk held it before.
        Refused("dossier.office", _s.Assessed(), d => d.Extend(_s.JusticeLeader, Vn(2026, 3, 27, 9), "Chậm", Vn(2026, 3, 20, 9), _s.Rules));
        // The apology is the processing agency's (Art. 19(9)): never the desk's reception officer, nor a dossier still at the desk.
        Refused("dossier.role", _s.Assessed(), d => d.Extend(_s.Reception, Vn(2026, 3, 27, 9), "Chậm", Vn(2026, 3, 20, 9), _s.Rules));
        Refused("dossier.role", _s.Received(), d => d.Extend(_s.Reception, Vn(2026, 3, 27, 9), "Chậm", Vn(2026, 3, 10, 9), _s.Rules));
        Refused("dossier.extend.status", _s.Received(), d => d.Extend(_s.DeskLeader, Vn(2026, 3, 27, 9), "Chậm", Vn(2026, 3, 10, 9), _s.Rules));
        Refused("dossier.office", _s.Assessed(), d => d.Stop(_s.JusticeLeader, "Dừng", Vn(2026, 3, 11, 10)));
        Refused("dossier.office", _s.Assessed(), d => d.Stop(_s.DeskLeader, "Dừng", Vn(2026, 3, 11, 10)));
        Refused("dossier.office", _s.Assessed(), d => d.Withdraw(_s.JusticeClerk, "Rút", Vn(2026, 3, 11, 10)));
        Refused("dossier.role", _s.Assessed(), d => d.Withdraw(_s.DeskLeader, "Rút", Vn(2026, 3, 11, 10)));

        var withdrawn = _s.Assessed();
        withdrawn.Withdraw(_s.Reception, "Công dân xin rút", Vn(2026, 3, 11, 10));
        Assert.Equal(DossierStatus.Withdrawn, withdrawn.Status);
    }

    [Fact]
    public void A_closed_dossier_cannot_be_closed_again()
    {
        var withdrawn = _s.Transferred();
        withdrawn.Withdraw(_s.Reception, "Công dân xin rút", Vn(2026, 3, 11, 9));

        Refused("dossier.stop.status", withdrawn, d => d.Stop(_s.JusticeLeader, "Dừng", Vn(2026, 3, 11, 10)));
        Refused("dossier.withdraw.status", withdrawn, d => d.Withdraw(_s.Reception, "Rút lần nữa", Vn(2026, 3, 11, 10)));
        Refused("dossier.withdraw.reason", _s.Transferred(), d => d.Withdraw(_s.Reception, null, Vn(2026, 3, 11, 10)));
        Assert.False(withdrawn.RecomputeDueAt(_s.Rules, "Lịch thay đổi.", Vn(2026, 3, 12, 9)));
    }

    /// <summary>The move is refused with <paramref name="rule"/> and leaves the dossier exactly as it was.</summary>
    private static void Refused(string rule, Dossier dossier, Action<Dossier> move)
    {
        var (version, actions, handoffs, status, due) = (dossier.Version, dossier.Actions.Count, dossier.Handoffs.Count, dossier.Status, dossier.DueAt);

        var error = Assert.Throws<DomainRuleException>(() => move(dossier));

        Assert.Equal(rule, error.Rule);
        Assert.Matches("[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]", error.Message.ToLowerInvariant());
        Assert.Equal((version, actions, handoffs, status, due), (dossier.Version, dossier.Actions.Count, dossier.Handoffs.Count, dossier.Status, dossier.DueAt));
    }
}
