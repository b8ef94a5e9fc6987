using ThaiBinh.MotCua.Domain.Calendar;

namespace ThaiBinh.MotCua.Application.Calendar;

/// <summary>How calendar kinds and sources are spelled in the API.</summary>
public static class CalendarNames
{
    public static string Of(DayKind kind) => kind switch
    {
        DayKind.Holiday => "holiday",
        DayKind.Compensatory => "compensatory",
        DayKind.SwappedOff => "swapped_off",
        DayKind.WorkingSaturday => "working_saturday",
        _ => "working_day",
    };

    public static DayKind? ParseKind(string? kind) => kind switch
    {
        "holiday" => DayKind.Holiday,
        "compensatory" => DayKind.Compensatory,
        "swapped_off" => DayKind.SwappedOff,
        "working_saturday" => DayKind.WorkingSaturday,
        "working_day" => DayKind.WorkingDay,
        _ => null,
    };

    public static string Of(DaySource source) => source switch
    {
        DaySource.Official => "official",
        DaySource.Admin => "admin",
        _ => "computed",
    };

    /// <summary>Vietnamese label of a kind, for people.</summary>
    public static string Label(DayKind kind) => kind switch
    {
        DayKind.Holiday => "Nghỉ lễ, Tết",
        DayKind.Compensatory => "Nghỉ bù",
        DayKind.SwappedOff => "Nghỉ hoán đổi",
        DayKind.WorkingSaturday => "Làm bù thứ Bảy",
        _ => "Ngày làm việc",
    };
}
