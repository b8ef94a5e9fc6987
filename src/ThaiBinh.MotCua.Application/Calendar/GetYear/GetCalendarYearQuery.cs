using System.Globalization;
using Mediator;
using ThaiBinh.MotCua.Application.Common.Ports;

namespace ThaiBinh.MotCua.Application.Calendar.GetYear;

/// <summary>The non-working days and working Saturdays of a year.</summary>
public sealed record GetCalendarYearQuery(int Year) : IQuery<CalendarYearDto>;

public sealed record CalendarDayDto(DateOnly Date, string Weekday, string Kind, string KindLabel, string Name, string Source);

/// <summary>Source is "official" when a notice for the year is loaded, else "computed".</summary>
public sealed record CalendarYearDto(int Year, string Source, IReadOnlyList<CalendarDayDto> Days);

public sealed class GetCalendarYearQueryHandler(ICalendarProvider calendars) : IQueryHandler<GetCalendarYearQuery, CalendarYearDto>
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public async ValueTask<CalendarYearDto> Handle(GetCalendarYearQuery query, CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        var days = calendar.EntriesFor(query.Year)
            .Select(e => new CalendarDayDto(
                e.Date,
                Vietnamese.DateTimeFormat.GetDayName(e.Date.DayOfWeek),
                CalendarNames.Of(e.Kind),
                CalendarNames.Label(e.Kind),
                e.Name,
                CalendarNames.Of(e.Source)))
            .ToList();
        return new CalendarYearDto(query.Year, calendar.HasOfficialNotice(query.Year) ? "official" : "computed", days);
    }
}
