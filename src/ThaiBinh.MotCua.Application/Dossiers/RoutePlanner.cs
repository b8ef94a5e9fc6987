using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Offices;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Application.Dossiers;

/// <summary>
/// Turns a procedure's route into the dossier's own steps: "desk" is the receiving office,
/// "parent-desk" the reception office of the receiving unit's parent, anything else an office code.
/// </summary>
public sealed class RoutePlanner(IMotCuaDbContext db)
{
    public async Task<IReadOnlyList<PlannedStep>> PlanAsync(ProcedureVersion version, Office receivingOffice, CancellationToken cancellationToken)
    {
        var codes = version.Route.Select(s => s.Office).Where(o => o is not RouteStep.Desk and not RouteStep.ParentDesk).Distinct().ToList();
        var offices = await db.Offices.Where(o => codes.Contains(o.Code) && o.ValidTo == null).ToDictionaryAsync(o => o.Code, o => o.Id, cancellationToken);
        Guid? parentDesk = null;
        if (version.Route.Any(s => s.Office == RouteStep.ParentDesk))
        {
            parentDesk = await ParentDeskAsync(receivingOffice, cancellationToken);
        }

        return [.. version.Route.Select((step, index) => new PlannedStep(index, step.Kind, step.Office switch
        {
            RouteStep.Desk => receivingOffice.Id,
            RouteStep.ParentDesk => parentDesk!.Value,
            var code => offices.TryGetValue(code, out var id)
                ? id
                : throw new DomainRuleException("route.office", $"Quy trình của thủ tục {version.ProcedureCode} cần cơ quan {code}, nhưng cơ quan này không có trong hệ thống."),
        }, step.BudgetHours))];
    }

    private async Task<Guid> ParentDeskAsync(Office receivingOffice, CancellationToken cancellationToken)
    {
        var parentDesk = await (
            from unit in db.AdministrativeUnits
            where unit.Id == receivingOffice.UnitId
            join office in db.Offices on unit.ParentId equals office.UnitId
            where office.Kind != OfficeKind.Department && office.ValidTo == null
            select (Guid?)office.Id).FirstOrDefaultAsync(cancellationToken);
        return parentDesk ?? throw new DomainRuleException(
            "route.parent-desk",
            $"{receivingOffice.Name} không có bộ phận tiếp nhận cấp trên để chuyển hồ sơ liên thông.");
    }
}
