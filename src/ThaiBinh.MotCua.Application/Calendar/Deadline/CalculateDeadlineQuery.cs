using Mediator;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Calendar;

namespace ThaiBinh.MotCua.Application.Calendar.Deadline;

/// <summary>
/// The due moment of a limit counted from an instant: exactly one of working days, working hours or
/// same day. Lets the desk tell a citizen their date and anyone check the arithmetic.
/// </summary>
public sealed record CalculateDeadlineQuery(DateTimeOffset? From, int? WorkingDays, int? WorkingHours, bool? SameDay)
    : IQuery<DeadlineDto>;

public sealed record DeadlineDto(
    DateTimeOffset From,
    DateTimeOffset ClockStartsAt,
    string Limit,
    double WorkingHours,
    DateTimeOffset DueAt);

public sealed class CalculateDeadlineQueryHandler(ICalendarProvider calendars) : IQueryHandler<CalculateDeadlineQuery, DeadlineDto>
{
    public async ValueTask<DeadlineDto> Handle(CalculateDeadlineQuery query, CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        var limit = query switch
        {
            { WorkingDays: { } days } => ProcessingLimit.WorkingDays(days),
            { WorkingHours: { } hours } => ProcessingLimit.WorkingHours(hours),
            _ => ProcessingLimit.SameDay(),
        };
        var from = query.From!.Value;
        var rules = new DeadlineRules(calendar);

        return new DeadlineDto(
            from,
            calendar.AddWorkingTime(from, TimeSpan.Zero),
            limit.ToString(),
            limit.ToWorkingTime(calendar.Hours).TotalHours,
            rules.DueAt(from, limit));
    }
}
