using Mediator;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Units.Get;

namespace ThaiBinh.MotCua.Application.Officers.Offices;

/// <summary>The offices in force today, by code: where an admin may open or look after accounts.</summary>
public sealed record ListOfficesQuery : IQuery<IReadOnlyList<OfficeRefDto>>;

public sealed class ListOfficesQueryHandler(OfficerAdministration administration, IReferenceData reference, TimeProvider clock)
    : IQueryHandler<ListOfficesQuery, IReadOnlyList<OfficeRefDto>>
{
    public async ValueTask<IReadOnlyList<OfficeRefDto>> Handle(ListOfficesQuery query, CancellationToken cancellationToken)
    {
        await administration.AdminAsync(cancellationToken);
        var snapshot = await reference.CurrentAsync(cancellationToken);
        return [.. snapshot.OfficesOn(VietnamToday.Of(clock)).OrderBy(o => o.Code, StringComparer.Ordinal).Select(o => new OfficeRefDto(o.Code, o.Name))];
    }
}
