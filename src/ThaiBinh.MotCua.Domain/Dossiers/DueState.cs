using ThaiBinh.MotCua.Domain.Calendar;

namespace ThaiBinh.MotCua.Domain.Dossiers;

/// <summary>
/// Where an open dossier (or its current step) stands against its due moment, as the overdue
/// flagging job last found it. Due soon is the last working day, in which the law expects the
/// apology of Mẫu 04.
/// </summary>
public enum DueState
{
    OnTrack = 0,
    DueSoon = 1,
    Overdue = 2,

    /// <summary>The clock waits for the citizen's supplement.</summary>
    Paused = 3,
}

public static class DueStateExtensions
{
    public static string Label(this DueState state) => state switch
    {
        DueState.DueSoon => "Sắp đến hạn",
        DueState.Overdue => "Quá hạn",
        DueState.Paused => "Tạm dừng chờ bổ sung",
        _ => "Trong hạn",
    };
}

public static class DueSoonRule
{
    /// <summary>
    /// A running dossier due before this moment (and not yet late) is due soon: its last working day
    /// has begun, the day the law expects the apology of Mẫu 04. The flagging job and the work queue's
    /// tab both ask here.
    /// </summary>
    public static DateTimeOffset Horizon(WorkingCalendar calendar, DateTimeOffset now) =>
        calendar.AddWorkingTime(now, calendar.Hours.WorkingDayLength);
}
