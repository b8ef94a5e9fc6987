using Mediator;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Dossiers.Act;
using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Application.Dossiers.Moves;

/// <summary>
/// The moves the signed-in officer may make on a dossier now and, for the others, why not. Answered by
/// the same rules the move itself is checked against, so a button shown is a move the server accepts.
/// </summary>
public sealed record ListDossierMovesQuery(string Code) : IQuery<IReadOnlyList<DossierMoveDto>>;

/// <summary>
/// One move for one officer. <c>Refusal</c> is null when allowed, else "not-yours" (another role,
/// office or assignee) or "not-now" (the dossier's state); <c>Reason</c> says it in Vietnamese.
/// </summary>
public sealed record DossierMoveDto(string Action, string Label, bool Allowed, string? Refusal, string? Reason);

public sealed class ListDossierMovesQueryHandler(IMotCuaDbContext db, ICurrentOfficer currentOfficer, IReferenceData reference, ICalendarProvider calendars, DossierAccess access, TimeProvider clock)
    : IQueryHandler<ListDossierMovesQuery, IReadOnlyList<DossierMoveDto>>
{
    public async ValueTask<IReadOnlyList<DossierMoveDto>> Handle(ListDossierMovesQuery query, CancellationToken cancellationToken)
    {
        var officer = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        var dossier = await access.FindVisibleAsync(officer, query.Code, cancellationToken);
        var now = clock.GetUtcNow();
        var rules = new DeadlineRules(await calendars.GetAsync(cancellationToken));
        return
        [
            .. DossierMoves.All.Values.Select(move =>
            {
                var verdict = dossier.Check(move.Rule, officer.Actor, now, rules);
                var refusal = verdict.Allowed ? null : verdict.Breach == RuleBreach.NotYours ? "not-yours" : "not-now";
                return new DossierMoveDto(move.Action, move.Rule.Label, verdict.Allowed, refusal, verdict.Reason);
            }),
        ];
    }
}
