namespace ThaiBinh.MotCua.Domain.Calendar;

/// <summary>One stretch of desk time within a working day, e.g. 07:00–11:30.</summary>
public readonly record struct WorkingPeriod(TimeOnly Start, TimeOnly End)
{
    public TimeSpan Length => End - Start;
}
