using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Domain.Calendar;

/// <summary>A finished wait for the citizen: their supplement, or their payment when the procedure stops the clock for it.</summary>
public readonly record struct ClockPause(DateTimeOffset PausedAt, DateTimeOffset ResumedAt, PauseCause Cause = PauseCause.Supplement);

/// <summary>What the clock waited for; a wait for a payment never restarts the limit, it only moves the due moment.</summary>
public enum PauseCause
{
    Supplement,
    Payment,
}

/// <summary>What decides a dossier's due moment; replaying it on a new calendar gives the new one.</summary>
public sealed record ClockHistory(
    DateTimeOffset ReceivedAt,
    ProcessingLimit Limit,
    SupplementPolicy Policy,
    IReadOnlyList<ClockPause> Pauses,
    DateTimeOffset? ExtendedTo);

/// <summary>
/// Every deadline rule of the one-stop mechanism, in one place: the due moment of a limit, the
/// 15:00 rules, pauses for supplements, the one extension, and recomputation on a new calendar.
/// </summary>
public sealed class DeadlineRules(WorkingCalendar calendar)
{
    public WorkingCalendar Calendar { get; } = calendar;

    /// <summary>The due moment of a dossier received at <paramref name="receivedAt"/>.</summary>
    public DateTimeOffset DueAt(DateTimeOffset receivedAt, ProcessingLimit limit)
    {
        if (limit.Unit != LimitUnit.SameDay)
        {
            return Calendar.AddWorkingTime(receivedAt, limit.ToWorkingTime(Calendar.Hours));
        }

        var start = Calendar.AddWorkingTime(receivedAt, TimeSpan.Zero);
        var day = DateOnly.FromDateTime(start.DateTime);
        return IsBeforeCutoff(start) ? Calendar.CloseOf(day) : Calendar.CloseOf(Calendar.NextWorkingDay(day));
    }

    /// <summary>
    /// Decree 61 Art. 18: a paper dossier goes to the processing office the same working day, or at the
    /// start of the next working day (by the end of its first period) when received at or after 15:00.
    /// </summary>
    public DateTimeOffset TransferDueAt(DateTimeOffset receivedAt)
    {
        var start = Calendar.AddWorkingTime(receivedAt, TimeSpan.Zero);
        var day = DateOnly.FromDateTime(start.DateTime);
        return IsBeforeCutoff(start) ? Calendar.CloseOf(day) : Calendar.EndOfFirstPeriod(Calendar.NextWorkingDay(day));
    }

    /// <summary>The due moment after the citizen's complete supplement ends a pause.</summary>
    public DateTimeOffset DueAfterPause(
        DateTimeOffset dueAt, ClockPause pause, ProcessingLimit limit, SupplementPolicy policy) =>
        policy == SupplementPolicy.RestartFromZero && pause.Cause == PauseCause.Supplement
            ? DueAt(pause.ResumedAt, limit)
            : Calendar.AddWorkingTime(dueAt, Calendar.WorkingTimeBetween(pause.PausedAt, pause.ResumedAt));

    /// <summary>The due moment a clock history gives on this calendar (used when the calendar changes).</summary>
    public DateTimeOffset Replay(ClockHistory history)
    {
        if (history.ExtendedTo is { } appointment)
        {
            return appointment;
        }

        var due = DueAt(history.ReceivedAt, history.Limit);
        foreach (var pause in history.Pauses.OrderBy(p => p.PausedAt))
        {
            due = DueAfterPause(due, pause, history.Limit, history.Policy);
        }

        return due;
    }

    /// <summary>A dossier has one apology with a new appointment at most: the refusal of a second.</summary>
    public const string ExtensionOnceRule = "deadline.extension.once";

    public const string ExtensionOnceMessage = "Hồ sơ chỉ được hẹn lại ngày trả kết quả một lần.";

    /// <summary>
    /// The apology is sent at the latest one working day before the due moment (Art. 19(9)): the
    /// refusal of a later one.
    /// </summary>
    public const string ExtensionBeforeDueRule = "deadline.extension.before-due";

    public static string ExtensionBeforeDueMessage(DateTimeOffset dueAt) =>
        $"Phải xin lỗi và hẹn lại ngày trả kết quả chậm nhất 01 ngày làm việc trước thời hạn trả kết quả ({VietnameseDates.DateTime(dueAt)}).";

    /// <summary>Whether at least one working day still lies between <paramref name="now"/> and the due moment.</summary>
    public bool IsExtensionTimely(DateTimeOffset now, DateTimeOffset dueAt) =>
        Calendar.WorkingTimeBetween(now, dueAt) >= Calendar.Hours.WorkingDayLength;

    /// <summary>
    /// The apology and new appointment (Mẫu 04): once only, at the latest one working day before the
    /// due moment, for a later moment within working hours.
    /// </summary>
    public void EnsureExtensionAllowed(DateTimeOffset now, DateTimeOffset dueAt, bool alreadyExtended, DateTimeOffset newDueAt)
    {
        if (alreadyExtended)
        {
            throw new DomainRuleException(ExtensionOnceRule, ExtensionOnceMessage);
        }

        if (!IsExtensionTimely(now, dueAt))
        {
            throw new DomainRuleException(ExtensionBeforeDueRule, ExtensionBeforeDueMessage(dueAt));
        }

        if (newDueAt <= dueAt)
        {
            throw new DomainRuleException(
                "deadline.extension.later",
                $"Ngày hẹn mới phải sau ngày hẹn cũ ({VietnameseDates.DateTime(dueAt)}).");
        }

        if (!Calendar.IsWithinWorkingHours(newDueAt))
        {
            throw new DomainRuleException(
                "deadline.extension.working-hours",
                $"Ngày hẹn mới ({VietnameseDates.DateTime(newDueAt)}) phải rơi vào giờ làm việc của một ngày làm việc.");
        }
    }

    private bool IsBeforeCutoff(DateTimeOffset localStart) => TimeOnly.FromDateTime(localStart.DateTime) < Calendar.Hours.SameDayCutoff;
}
