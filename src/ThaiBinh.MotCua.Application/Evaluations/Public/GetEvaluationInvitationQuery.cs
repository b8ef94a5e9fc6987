using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Evaluations.Public;

/// <summary>
/// What the link's page shows before the citizen rates: the dossier's code, procedure and receiving
/// office, whether it can be rated now, and the form. Nothing about the applicant.
/// </summary>
public sealed record GetEvaluationInvitationQuery(string Token) : IQuery<EvaluationInvitationDto>;

/// <summary>
/// <see cref="State"/>: "open" (returned, not yet rated), "not-returned" (the result is not yet
/// returned) or "evaluated" (already rated, at <see cref="EvaluatedAt"/>).
/// </summary>
public sealed record EvaluationInvitationDto(
    string DossierCode,
    string Procedure,
    string Office,
    DateTimeOffset? ReturnedAt,
    string State,
    DateTimeOffset? EvaluatedAt,
    EvaluationFormDto Form);

public sealed class GetEvaluationInvitationQueryValidator : AbstractValidator<GetEvaluationInvitationQuery>
{
    public GetEvaluationInvitationQueryValidator() =>
        RuleFor(q => q.Token).SingleLineText().MaximumLength(EvaluationTokens.MaxLength).WithMessage("Đường dẫn đánh giá không đúng.");
}

public sealed class GetEvaluationInvitationQueryHandler(IMotCuaDbContext db, IReferenceData reference, IEvaluationLinks links)
    : IQueryHandler<GetEvaluationInvitationQuery, EvaluationInvitationDto>
{
    public async ValueTask<EvaluationInvitationDto> Handle(GetEvaluationInvitationQuery query, CancellationToken cancellationToken)
    {
        var rated = await EvaluationTokens.FindAsync(db, reference, links, query.Token, cancellationToken);
        var snapshot = await reference.CurrentAsync(cancellationToken);
        var evaluatedAt = await db.DossierEvaluations.AsNoTracking()
            .Where(e => e.DossierId == rated.Service.DossierId)
            .Select(e => (DateTimeOffset?)e.At)
            .SingleOrDefaultAsync(cancellationToken);
        var state = evaluatedAt is not null ? "evaluated" : rated.Service.Status == DossierStatus.Returned ? "open" : "not-returned";
        return new EvaluationInvitationDto(
            rated.Service.Code,
            snapshot.ProcedureName(rated.ProcedureVersionId)?.Name ?? string.Empty,
            snapshot.Office(rated.Service.ReceivingOfficeId)?.Name ?? string.Empty,
            rated.ReturnedAt is { } returned ? VietnamTime.ToLocal(returned) : null,
            state,
            evaluatedAt is { } at ? VietnamTime.ToLocal(at) : null,
            EvaluationFormDto.Current);
    }
}
