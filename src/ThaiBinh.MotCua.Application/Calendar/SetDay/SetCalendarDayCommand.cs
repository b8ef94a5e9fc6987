using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Calendar;

namespace ThaiBinh.MotCua.Application.Calendar.SetDay;

/// <summary>
/// An admin adds or corrects a day (a new holiday, a swapped day, a day that is worked after all).
/// The change is recorded with its reason, and the due moments of open dossiers are recomputed.
/// </summary>
public sealed record SetCalendarDayCommand(DateOnly Date, string? Kind, string? Name, string? Reason) : ICommand<CalendarChangeDto>;

public sealed record CalendarChangeDto(DateOnly Date, string Kind, string Name, string? PreviousKind, string Reason, int RecomputedDossiers);

public sealed class SetCalendarDayCommandHandler(
    IMotCuaDbContext db,
    ICalendarProvider calendars,
    IDueMomentRecomputer recomputer,
    ICurrentOfficer currentOfficer,
    TimeProvider clock) : ICommandHandler<SetCalendarDayCommand, CalendarChangeDto>
{
    public async ValueTask<CalendarChangeDto> Handle(SetCalendarDayCommand command, CancellationToken cancellationToken)
    {
        var changedBy = currentOfficer.Username ?? throw new NotSignedInException();
        var now = clock.GetUtcNow();
        var kind = CalendarNames.ParseKind(command.Kind)!.Value;
        var before = (await calendars.GetAsync(cancellationToken)).EntryFor(command.Date);

        var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Date == command.Date, cancellationToken);
        if (day is null)
        {
            db.CalendarDays.Add(new CalendarDay(command.Date, kind, command.Name!, DaySource.Admin, now));
        }
        else
        {
            day.Change(kind, command.Name!, DaySource.Admin, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        calendars.Invalidate();

        var recomputed = await recomputer.RecomputeOpenDossiersAsync(
            $"Lịch làm việc thay đổi ngày {command.Date:dd/MM/yyyy}: {command.Reason}", cancellationToken);
        db.CalendarChanges.Add(new CalendarChange(
            command.Date, before?.Kind, before?.Name, kind, command.Name!, command.Reason!, changedBy, now, recomputed));
        await db.SaveChangesAsync(cancellationToken);

        return new CalendarChangeDto(
            command.Date, CalendarNames.Of(kind), command.Name!.Trim(), before is null ? null : CalendarNames.Of(before.Kind),
            command.Reason!.Trim(), recomputed);
    }
}
