namespace ThaiBinh.MotCua.Domain.Calendar;

public enum LimitUnit
{
    /// <summary>Counted in working days of eight working hours from the moment of receipt.</summary>
    WorkingDays,

    /// <summary>Counted in working hours from the moment of receipt.</summary>
    WorkingHours,

    /// <summary>Xử lý trong ngày: before 15:00 due at the close of that day, else of the next working day.</summary>
    SameDay,
}

/// <summary>The legal processing time of a procedure.</summary>
public readonly record struct ProcessingLimit
{
    public ProcessingLimit(LimitUnit unit, int amount)
    {
        if (unit == LimitUnit.SameDay ? amount != 1 : amount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "Thời hạn giải quyết phải là số dương (xử lý trong ngày: 1).");
        }

        Unit = unit;
        Amount = amount;
    }

    public LimitUnit Unit { get; }

    public int Amount { get; }

    public static ProcessingLimit WorkingDays(int days) => new(LimitUnit.WorkingDays, days);

    public static ProcessingLimit WorkingHours(int hours) => new(LimitUnit.WorkingHours, hours);

    public static ProcessingLimit SameDay() => new(LimitUnit.SameDay, 1);

    /// <summary>The limit as working time: days × the working day, hours as they are, same day as one day.</summary>
    public TimeSpan ToWorkingTime(WorkingHours hours) => Unit switch
    {
        LimitUnit.WorkingDays => hours.WorkingDayLength * Amount,
        LimitUnit.WorkingHours => TimeSpan.FromHours(Amount),
        _ => hours.WorkingDayLength,
    };

    public override string ToString() => Unit switch
    {
        LimitUnit.WorkingDays => $"{Amount} ngày làm việc",
        LimitUnit.WorkingHours => $"{Amount} giờ làm việc",
        _ => "Trong ngày",
    };
}
