using Mediator;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;

namespace ThaiBinh.MotCua.Application.Auth.CurrentOfficer;

/// <summary>The profile of the signed-in officer: name, roles, office and unit.</summary>
public sealed record GetCurrentOfficerQuery : IQuery<OfficerProfileDto>;

public sealed class GetCurrentOfficerQueryHandler(IMotCuaDbContext db, ICurrentOfficer currentOfficer)
    : IQueryHandler<GetCurrentOfficerQuery, OfficerProfileDto>
{
    public async ValueTask<OfficerProfileDto> Handle(GetCurrentOfficerQuery query, CancellationToken cancellationToken)
    {
        var officerId = currentOfficer.OfficerId ?? throw new NotSignedInException();
        return await OfficerProfiles.LoadAsync(db, officerId, cancellationToken) ?? throw new NotSignedInException();
    }
}
