using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Application.Dossiers;

namespace ThaiBinh.MotCua.Application.Evaluations;

/// <summary>
/// The evaluation of one dossier, for supervisors and admins of its scope: the officers rated see only
/// the quarterly results, so that no one at the desk learns how a given citizen rated them (NĐ 61 Art. 27).
/// </summary>
public sealed record GetDossierEvaluationQuery(string Code) : IQuery<EvaluationDto>;

public sealed class GetDossierEvaluationQueryValidator : AbstractValidator<GetDossierEvaluationQuery>
{
    public GetDossierEvaluationQueryValidator() => RuleFor(q => q.Code).SingleLineText();
}

public sealed class GetDossierEvaluationQueryHandler(IMotCuaDbContext db, ICurrentOfficer currentOfficer, IReferenceData reference, DossierAccess access)
    : IQueryHandler<GetDossierEvaluationQuery, EvaluationDto>
{
    public async ValueTask<EvaluationDto> Handle(GetDossierEvaluationQuery query, CancellationToken cancellationToken)
    {
        var officer = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        if (!officer.SupervisesSubtree)
        {
            throw new ForbiddenException("Chỉ cán bộ giám sát và quản trị viên được xem phiếu đánh giá của từng hồ sơ.");
        }

        var code = query.Code.Trim();
        var dossierId = await (await access.VisibleToAsync(officer, cancellationToken)).Where(d => d.Code == code).Select(d => (Guid?)d.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Không tìm thấy hồ sơ {code} trong phạm vi của bạn.");
        var evaluation = await db.DossierEvaluations.AsNoTracking().SingleOrDefaultAsync(e => e.DossierId == dossierId, cancellationToken)
            ?? throw new NotFoundException($"Hồ sơ {code} chưa được công dân đánh giá.");
        return EvaluationDto.Of(evaluation);
    }
}
