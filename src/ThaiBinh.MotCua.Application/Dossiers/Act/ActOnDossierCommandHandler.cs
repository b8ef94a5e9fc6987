using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Reference;
using ThaiBinh.MotCua.Domain.Calendar;

namespace ThaiBinh.MotCua.Application.Dossiers.Act;

public sealed class ActOnDossierCommandHandler(
    IMotCuaDbContext db,
    ICurrentOfficer currentOfficer, IReferenceData reference,
    ICalendarProvider calendars,
    DossierAccess access,
    DossierViews views,
    TimeProvider clock) : ICommandHandler<ActOnDossierCommand, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(ActOnDossierCommand command, CancellationToken cancellationToken)
    {
        var officer = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        var move = DossierMoves.All[command.Action];
        var dossier = await access.FindVisibleAsync(officer, command.Code, cancellationToken);
        var now = clock.GetUtcNow();
        var rules = new DeadlineRules(await calendars.GetAsync(cancellationToken));
        var verdict = dossier.Check(move.RuleFor(command), officer.Actor, now, rules);
        if (!verdict.Allowed)
        {
            throw verdict.ToException();
        }

        if (command.ExpectedVersion is { } expected && expected != dossier.Version)
        {
            throw new PreconditionFailedException(
                $"Hồ sơ {dossier.Code} đã thay đổi (phiên bản {dossier.Version}, bạn đang xem phiên bản {expected}). Hãy tải lại trước khi thao tác.");
        }

        Guid? assigneeId = null;
        if (command.Action == "assign")
        {
            assigneeId = await db.Officers
                .Where(o => o.Username == command.Assignee!.Trim().ToLower() && o.OfficeId == officer.OfficeId && o.IsActive)
                .Select(o => (Guid?)o.Id).SingleOrDefaultAsync(cancellationToken)
                ?? throw new FluentValidation.ValidationException(
                    [new FluentValidation.Results.ValidationFailure("assignee", $"Không có cán bộ {command.Assignee} trong cơ quan của bạn.")]);
        }

        var heldBy = dossier.CurrentOfficeId;
        move.Apply(new MoveContext(dossier, officer.Actor, command, rules, now, assigneeId));
        if (dossier.CurrentOfficeId != heldBy)
        {
            // Refused before anything is saved: the tracked dossier is dropped with the request.
            OfficeInForce.Require((await reference.CurrentAsync(cancellationToken)).Office(dossier.CurrentOfficeId)!, VietnamToday.Of(clock));
        }

        await db.SaveChangesAsync(cancellationToken);
        return await views.DetailAsync(dossier, cancellationToken);
    }
}
