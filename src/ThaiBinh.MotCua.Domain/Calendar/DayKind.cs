namespace ThaiBinh.MotCua.Domain.Calendar;

/// <summary>What a listed day is. Days not listed follow the week: Monday–Friday work, weekends rest.</summary>
public enum DayKind
{
    /// <summary>Ngày lễ, Tết (Labor Code 2019 Art. 112).</summary>
    Holiday,

    /// <summary>Nghỉ bù: a holiday fell on a weekend.</summary>
    Compensatory,

    /// <summary>Nghỉ hoán đổi: a weekday made a day off by the yearly swap.</summary>
    SwappedOff,

    /// <summary>Làm bù: a Saturday worked in exchange.</summary>
    WorkingSaturday,

    /// <summary>An admin's correction: this date is worked even though a default said otherwise.</summary>
    WorkingDay,
}

/// <summary>Where a day's entry comes from; a later source overrides an earlier one.</summary>
public enum DaySource
{
    /// <summary>Computed from the Labor Code and the lunar calendar.</summary>
    Computed,

    /// <summary>From the year's official notice; replaces the computed days of that year.</summary>
    Official,

    /// <summary>Added or corrected by an administrator; overrides the date it names.</summary>
    Admin,
}

public static class DayKindExtensions
{
    public static bool IsDayOff(this DayKind kind) => kind is DayKind.Holiday or DayKind.Compensatory or DayKind.SwappedOff;
}
