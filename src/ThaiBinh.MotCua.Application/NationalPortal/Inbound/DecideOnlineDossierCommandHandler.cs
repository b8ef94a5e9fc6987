using Mediator;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Application.Population;
using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Dossiers.Moves;

namespace ThaiBinh.MotCua.Application.NationalPortal.Inbound;

/// <summary>
/// Accept, ask completion or refuse, as the other moves are made: visible or 404, the rule table's
/// verdict (403 / 409), the caller's version (412), then the dossier's intent method and one save,
/// whose events bring the citizen's notice and the portal's status through the outbox.
/// </summary>
public sealed class DecideOnlineDossierCommandHandler(
    IMotCuaDbContext db,
    ICurrentOfficer currentOfficer, IReferenceData reference,
    ICalendarProvider calendars,
    DossierAccess access,
    DossierViews views,
    VerifiedLookup identity,
    TimeProvider clock) : ICommandHandler<DecideOnlineDossierCommand, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(DecideOnlineDossierCommand command, CancellationToken cancellationToken)
    {
        var officer = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        var dossier = await access.FindVisibleAsync(officer, command.Code, cancellationToken);
        var rule = command.Decision switch
        {
            DecideOnlineDossierCommand.Accept => DossierMoveRules.AcceptOnline,
            DecideOnlineDossierCommand.CompletionRequest => DossierMoveRules.RequestOnlineCompletion,
            _ => DossierMoveRules.RefuseOnline,
        };
        var verdict = dossier.Check(rule, officer.Actor);
        if (!verdict.Allowed)
        {
            throw verdict.ToException();
        }

        if (command.ExpectedVersion is { } expected && expected != dossier.Version)
        {
            throw new PreconditionFailedException(
                $"Hồ sơ {dossier.Code} đã thay đổi (phiên bản {dossier.Version}, bạn đang xem phiên bản {expected}). Hãy tải lại trước khi thao tác.");
        }

        var now = clock.GetUtcNow();
        switch (command.Decision)
        {
            case DecideOnlineDossierCommand.Accept:
                var version = (await reference.CurrentAsync(cancellationToken)).ProcedureVersion(dossier.ProcedureVersionId)!;
                dossier.AcceptOnline(officer.Actor, version.RequiredDocuments, now, new DeadlineRules(await calendars.GetAsync(cancellationToken)));
                // The desk may check the online applicant against the population database before accepting, as at a receipt.
                VerifiedLookup.Apply(await identity.FindAsync(command.PopulationLookupId, officer.OfficerId, dossier.Applicant, cancellationToken), dossier);
                break;
            case DecideOnlineDossierCommand.CompletionRequest:
                dossier.RequestOnlineCompletion(officer.Actor, command.Items, command.Reasons, now);
                break;
            default:
                dossier.RefuseOnline(officer.Actor, command.Reasons, now);
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await views.DetailAsync(dossier, cancellationToken);
    }
}
