using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Application.Evaluations.Give;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Evaluations.Desk;

/// <summary>
/// What the desk's tablet offers the citizen: the dossier named by <see cref="Code"/>, or else the
/// last one this officer returned in the past <see cref="DeskEvaluationWindow"/> that is not yet
/// rated (the citizen in front of them); null when there is none.
/// </summary>
public sealed record GetDeskEvaluationQuery(string? Code) : IQuery<DeskEvaluationDto?>;

/// <summary><see cref="State"/> as the link's: "open", "not-returned" or "evaluated".</summary>
public sealed record DeskEvaluationDto(string DossierCode, string Procedure, DateTimeOffset? ReturnedAt, string State, EvaluationFormDto Form);

public static class DeskEvaluationWindow
{
    /// <summary>How long after the return the tablet still offers the dossier on its own.</summary>
    public static readonly TimeSpan Length = TimeSpan.FromMinutes(10);
}

public sealed class GetDeskEvaluationQueryValidator : AbstractValidator<GetDeskEvaluationQuery>
{
    public GetDeskEvaluationQueryValidator() => RuleFor(q => q.Code).SingleLineText();
}

public sealed class GetDeskEvaluationQueryHandler(
    IMotCuaDbContext db, ICurrentOfficer currentOfficer, IReferenceData reference, DossierAccess access, TimeProvider clock)
    : IQueryHandler<GetDeskEvaluationQuery, DeskEvaluationDto?>
{
    public async ValueTask<DeskEvaluationDto?> Handle(GetDeskEvaluationQuery query, CancellationToken cancellationToken)
    {
        var officer = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        var code = string.IsNullOrWhiteSpace(query.Code) ? await LastReturnedAsync(officer, cancellationToken) : query.Code.Trim();
        if (code is null)
        {
            return null;
        }

        var rated = await DeskEvaluations.FindAsync(db, officer, reference, access, code, cancellationToken);
        var snapshot = await reference.CurrentAsync(cancellationToken);
        var evaluated = await db.DossierEvaluations.AnyAsync(e => e.DossierId == rated.Service.DossierId, cancellationToken);
        return new DeskEvaluationDto(
            rated.Service.Code,
            snapshot.ProcedureName(rated.ProcedureVersionId)?.Name ?? string.Empty,
            rated.ReturnedAt is { } returned ? VietnamTime.ToLocal(returned) : null,
            evaluated ? "evaluated" : rated.Service.Status == DossierStatus.Returned ? "open" : "not-returned",
            EvaluationFormDto.Current);
    }

    private async Task<string?> LastReturnedAsync(OfficerContext officer, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - DeskEvaluationWindow.Length;
        return await db.Dossiers.AsNoTracking()
            .Where(d => d.Status == DossierStatus.Returned && d.CurrentHolderId == officer.OfficerId && d.CurrentOfficeId == officer.OfficeId && d.FinishedAt >= since)
            .Where(d => !db.DossierEvaluations.Any(e => e.DossierId == d.Id))
            .OrderByDescending(d => d.FinishedAt)
            .Select(d => d.Code)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
