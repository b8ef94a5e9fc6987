using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Dossiers.Events;
using ThaiBinh.MotCua.Domain.Dossiers.Moves;
using static ThaiBinh.MotCua.Domain.Tests.Calendar.Calendars;

namespace ThaiBinh.MotCua.Domain.Tests.Dossiers;

/// <summary>Every history entry raises one typed event carrying it; the table knows every action the dossier records.</summary>
public sealed class DossierEventTests
{
    private readonly DossierScenario _s = new();

    [Fact]
    public void Every_action_the_dossier_records_raises_an_event_from_the_one_table()
    {
        var actions = DossierMoveRules.All.Select(m => m.Name).Concat(DossierEventTable.ActionsBesideMoves).ToList();
        Assert.Equal(actions.Count, actions.Distinct().Count());
        foreach (var action in actions)
        {
            var entry = DossierWith(action);
            Assert.IsAssignableFrom<DossierEvent>(DossierEventTable.Raise(new DossierEventFacts(Guid.NewGuid(), "X", entry, null, null), Outcome.Granted));
        }

        Assert.Throws<InvalidOperationException>(() =>
            DossierEventTable.Raise(new DossierEventFacts(Guid.NewGuid(), "X", DossierWith("no-such-action"), null, null), Outcome.None));
    }

    [Fact]
    public void From_receipt_to_return_each_entry_raises_its_event_in_order_until_the_save_clears_them()
    {
        var dossier = _s.Approved();
        dossier.Return(_s.Reception, "Nguyễn Văn Ấn", Vn(2026, 3, 17, 9));

        Assert.Equal(
            [typeof(DossierReceived), typeof(DossierTransferred), typeof(DossierProgressed), typeof(DossierProgressed), typeof(DossierProgressed),
             typeof(ResultReady), typeof(DossierReturned)],
            dossier.DomainEvents.Select(e => e.GetType()));
        Assert.Equal(dossier.Actions, dossier.DomainEvents.Select(e => e.Facts.Entry));
        Assert.All(dossier.DomainEvents, e => Assert.Equal((dossier.Id, dossier.Code, (DateTimeOffset?)null), (e.Facts.DossierId, e.Facts.Code, e.Facts.PreviousDueAt)));
        Assert.Equal(dossier.DueAt, dossier.DomainEvents[0].Facts.DueAt);

        dossier.ClearDomainEvents();
        Assert.Empty(dossier.DomainEvents);
    }

    [Fact]
    public void Refusals_at_the_desk_outright_or_by_signing_a_proposed_refusal_raise_the_refusal()
    {
        var atDesk = Dossier.RefuseAtReception(
            new DossierNumbers(DossierCode.Create("000.00.01.H54", Vn(2026, 3, 9, 9), 2), 2), DossierScenario.Intake(), _s.Reception, Vn(2026, 3, 9, 9), "Không thuộc thẩm quyền");
        var outright = _s.Assessed();
        outright.Refuse(_s.PoliceOfficer, "Không thuộc diện được cấp", Vn(2026, 3, 11, 9), _s.Rules);
        var signed = _s.Transferred();
        signed.Assess(_s.Specialist, AssessmentDecision.Reject, "Không thuộc thẩm quyền cấp", Vn(2026, 3, 10, 9), _s.Rules);
        signed.Approve(_s.JusticeLeader, Vn(2026, 3, 10, 14), _s.Rules);

        Assert.IsType<DossierRefused>(Assert.Single(atDesk.DomainEvents));
        Assert.IsType<DossierRefused>(outright.DomainEvents[^1]);
        Assert.Equal([typeof(DossierProgressed), typeof(DossierRefused)], signed.DomainEvents.TakeLast(2).Select(e => e.GetType()));
    }

    [Fact]
    public void Moves_that_shift_the_appointment_carry_the_one_they_replaced()
    {
        var supplemented = _s.Transferred();
        var dueAtReceipt = supplemented.DueAt;
        supplemented.Assess(_s.Specialist, AssessmentDecision.RequestSupplement, "Bản sao chưa chứng thực", Vn(2026, 3, 10, 9), _s.Rules, "Bản sao giấy khai sinh");
        supplemented.Supplement(_s.Reception, Vn(2026, 3, 16, 9), _s.Rules, "Đã nộp bản sao");

        var extended = _s.Assessed();
        var dueBeforeApology = extended.DueAt;
        extended.Extend(_s.PoliceOfficer, Vn(2026, 3, 27, 9), "Chờ kết quả xác minh", Vn(2026, 3, 20, 9), _s.Rules);

        var recomputed = _s.Transferred();
        var dueBeforeCalendar = recomputed.DueAt;
        recomputed.RecomputeDueAt(Rules(new CalendarEntry(new DateOnly(2026, 3, 13), DayKind.Holiday, "Nghỉ đột xuất", DaySource.Admin)), "Lịch thay đổi.", Vn(2026, 3, 10, 8));

        Assert.IsType<SupplementRequested>(supplemented.DomainEvents[^2]);
        var resumed = Assert.IsType<DossierSupplemented>(supplemented.DomainEvents[^1]);
        Assert.Equal((dueAtReceipt, Vn(2026, 3, 30, 9)), (resumed.Facts.PreviousDueAt, resumed.Facts.DueAt!.Value));
        var apology = Assert.IsType<DossierExtended>(extended.DomainEvents[^1]);
        Assert.Equal((dueBeforeApology, Vn(2026, 3, 27, 9)), (apology.Facts.PreviousDueAt, apology.Facts.DueAt!.Value));
        var moved = Assert.IsType<DueMomentMoved>(recomputed.DomainEvents[^1]);
        Assert.Equal((dueBeforeCalendar, Vn(2026, 3, 24, 9)), (moved.Facts.PreviousDueAt, moved.Facts.DueAt!.Value));
        Assert.Null(moved.Facts.Entry.OfficerId);
    }

    [Fact]
    public void Withdrawal_and_stop_raise_their_events()
    {
        var withdrawn = _s.Transferred();
        withdrawn.Withdraw(_s.Reception, "Công dân xin rút hồ sơ", Vn(2026, 3, 11, 9));
        var stopped = _s.Transferred();
        stopped.Stop(_s.JusticeLeader, "Quá thời hạn bổ sung", Vn(2026, 3, 11, 9));

        Assert.IsType<DossierWithdrawn>(withdrawn.DomainEvents[^1]);
        Assert.IsType<DossierStopped>(stopped.DomainEvents[^1]);
    }

    /// <summary>A history entry of <paramref name="action"/>, as the dossier would record it.</summary>
    private static DossierAction DossierWith(string action) =>
        (DossierAction)Activator.CreateInstance(
            typeof(DossierAction), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance, null,
            [1, action, null, Vn(2026, 3, 9, 9), null, DossierStatus.InProgress, null], null)!;
}
