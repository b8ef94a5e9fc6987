using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Offices;

namespace ThaiBinh.MotCua.Application.Units.Get;

/// <summary>
/// The administrative units in force on a day (today by default): the whole tree, or the children of
/// one unit when <see cref="ParentCode"/> is given.
/// </summary>
public sealed record GetUnitsQuery(string? ParentCode, DateOnly? On) : IQuery<UnitsDto>;

public sealed record OfficeRefDto(string Code, string Name);

public sealed record UnitDto(
    string Code,
    string Name,
    string Kind,
    string Level,
    string LevelName,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    OfficeRefDto? ReceptionOffice,
    int ChildCount,
    IReadOnlyList<UnitDto>? Children);

public sealed record UnitsDto(DateOnly On, IReadOnlyList<UnitDto> Units);

public sealed class GetUnitsQueryHandler(IMotCuaDbContext db, TimeProvider clock) : IQueryHandler<GetUnitsQuery, UnitsDto>
{
    public async ValueTask<UnitsDto> Handle(GetUnitsQuery query, CancellationToken cancellationToken)
    {
        var on = query.On ?? VietnamToday.Of(clock);
        var units = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => (u.ValidFrom == null || u.ValidFrom <= on) && (u.ValidTo == null || on <= u.ValidTo))
            .ToListAsync(cancellationToken);
        var levels = await db.AdministrativeLevels.AsNoTracking().ToDictionaryAsync(l => l.Code, l => l.Name, cancellationToken);
        var desks = await db.Offices.AsNoTracking()
            .Where(o => o.Kind != OfficeKind.Department && (o.ValidTo == null || on <= o.ValidTo))
            .ToDictionaryAsync(o => o.UnitId, o => new OfficeRefDto(o.Code, o.Name), cancellationToken);
        var children = units.ToLookup(u => u.ParentId);

        UnitDto ToDto(Domain.Units.AdministrativeUnit unit, bool withChildren) => new(
            unit.Code,
            unit.Name,
            unit.Kind,
            unit.LevelCode,
            levels.GetValueOrDefault(unit.LevelCode, unit.LevelCode),
            unit.ValidFrom,
            unit.ValidTo,
            desks.GetValueOrDefault(unit.Id),
            children[unit.Id].Count(),
            withChildren ? [.. children[unit.Id].OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => ToDto(c, true))] : null);

        if (string.IsNullOrWhiteSpace(query.ParentCode))
        {
            var roots = units.Where(u => u.ParentId is null || units.All(p => p.Id != u.ParentId));
            return new UnitsDto(on, [.. roots.OrderBy(u => u.Code, StringComparer.Ordinal).Select(u => ToDto(u, true))]);
        }

        var parent = units.SingleOrDefault(u => u.Code == query.ParentCode)
            ?? throw new NotFoundException($"Không có đơn vị hành chính mã {query.ParentCode} vào ngày {on:dd/MM/yyyy}.");
        return new UnitsDto(on, [.. children[parent.Id].OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => ToDto(c, false))]);
    }
}
