using Mediator;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Ports;

namespace ThaiBinh.MotCua.Application.Dossiers.Get;

/// <summary>Everything about one dossier the caller may see: status, step, holder, clock, hand-offs, history.</summary>
public sealed record GetDossierQuery(string Code) : IQuery<DossierDetailDto>;

public sealed class GetDossierQueryHandler(IMotCuaDbContext db, ICurrentOfficer currentOfficer, IReferenceData reference, DossierAccess access, DossierViews views)
    : IQueryHandler<GetDossierQuery, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(GetDossierQuery query, CancellationToken cancellationToken)
    {
        var officer = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        var dossier = await access.FindVisibleAsync(officer, query.Code, cancellationToken);
        return await views.DetailAsync(dossier, cancellationToken);
    }
}
