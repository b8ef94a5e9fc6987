using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers.Moves;

namespace ThaiBinh.MotCua.Domain.Dossiers;

public sealed partial class Dossier
{
    /// <summary>Trả kết quả (Art. 20): the desk hands the result over and the dossier is early, on time or late.</summary>
    public void Return(Actor actor, string? receivedBy, DateTimeOffset now)
    {
        Authorize(DossierMoveRules.Return, actor);
        GiveCurrentStepTo(actor.OfficerId);
        LastHandoff.Complete(now);
        ReturnedTo = RequireText(receivedBy, "dossier.return.received-by", "Phải ghi tên người nhận kết quả.");
        FinishedAt = now;
        ReturnTimeliness = TimelinessRules.Of(now, DueAt!.Value);
        var before = Status;
        Status = DossierStatus.Returned;
        Record("return", actor, now, before, $"Người nhận: {ReturnedTo} ({ReturnTimeliness.Value.Label()})");
    }

    /// <summary>
    /// Xin lỗi và hẹn lại (Mẫu 04, Art. 19(9)): one new appointment, asked before the due moment.
    /// </summary>
    public void Extend(Actor actor, DateTimeOffset newDueAt, string? reason, DateTimeOffset now, DeadlineRules rules)
    {
        Authorize(DossierMoveRules.Extend, actor);
        var text = RequireText(reason, "dossier.extend.reason", "Phải ghi rõ lý do chậm trả kết quả trong phiếu xin lỗi.");
        rules.EnsureExtensionAllowed(now, DueAt!.Value, ExtendedTo is not null, newDueAt);
        DueBeforeExtension = DueAt;
        ExtendedTo = newDueAt;
        ExtensionReason = text;
        DueAt = newDueAt;
        Record("extend", actor, now, Status, $"Hẹn lại {VietnameseDates.DateTime(newDueAt)}: {text}", DueBeforeExtension);
    }

    /// <summary>The citizen withdraws the dossier (status 7).</summary>
    public void Withdraw(Actor actor, string? reason, DateTimeOffset now) =>
        Close(DossierMoveRules.Withdraw, DossierStatus.Withdrawn, actor, reason, "Phải ghi lý do rút hồ sơ.", now);

    /// <summary>Processing stops (status 8), e.g. the applicant did not bring the supplement.</summary>
    public void Stop(Actor actor, string? reason, DateTimeOffset now) =>
        Close(DossierMoveRules.Stop, DossierStatus.Stopped, actor, reason, "Phải ghi lý do dừng xử lý hồ sơ.", now);

    /// <summary>
    /// Gives the dossier the due moment its clock history yields on <paramref name="rules"/>'s calendar.
    /// </summary>
    /// <returns>True when the due moment changed (and the change was recorded with its reason).</returns>
    public bool RecomputeDueAt(DeadlineRules rules, string reason, DateTimeOffset now)
    {
        if (!Status.IsOpen() || Status == DossierStatus.ResultReady || DueAt is null)
        {
            return false;
        }

        var due = rules.Replay(ClockHistory);
        if (due == DueAt)
        {
            return false;
        }

        var previous = DueAt.Value;
        DueAt = due;
        Record("recompute-due", null, now, Status, $"{reason} Hạn cũ {VietnameseDates.DateTime(previous)}, hạn mới {VietnameseDates.DateTime(due)}.", previous);
        return true;
    }

    private void Close(MoveRule move, DossierStatus status, Actor actor, string? reason, string missingReason, DateTimeOffset now)
    {
        Authorize(move, actor);
        Reasons = RequireText(reason, $"dossier.{move.Name}.reason", missingReason);
        LastHandoff.Complete(now);
        FinishedAt = now;
        EndedAt = now;
        PausedAt = null;
        var before = Status;
        Status = status;
        Record(move.Name, actor, now, before, Reasons);
    }
}
