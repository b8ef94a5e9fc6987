namespace ThaiBinh.MotCua.Domain.Dossiers;

/// <summary>How a step or the whole dossier finished against its due moment (sớm hạn / đúng hạn / quá hạn).</summary>
public enum Timeliness
{
    Early,
    OnTime,
    Late,
}

public static class TimelinessRules
{
    /// <summary>
    /// Before the due day: early. On the due day, not after the due moment: on time. After it: late.
    /// Days are Vietnam's days.
    /// </summary>
    public static Timeliness Of(DateTimeOffset finishedAt, DateTimeOffset dueAt)
    {
        if (finishedAt > dueAt)
        {
            return Timeliness.Late;
        }

        var finishedDay = DateOnly.FromDateTime(Common.VietnamTime.ToLocal(finishedAt).DateTime);
        var dueDay = DateOnly.FromDateTime(Common.VietnamTime.ToLocal(dueAt).DateTime);
        return finishedDay < dueDay ? Timeliness.Early : Timeliness.OnTime;
    }

    public static string Label(this Timeliness timeliness) => timeliness switch
    {
        Timeliness.Early => "Trước hạn",
        Timeliness.OnTime => "Đúng hạn",
        _ => "Quá hạn",
    };
}
