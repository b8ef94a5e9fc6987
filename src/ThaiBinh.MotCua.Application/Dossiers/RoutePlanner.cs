using ThaiBinh.MotCua.Application.Common.Reference;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Offices;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Application.Dossiers;

/// <summary>
/// Turns a procedure's route into the dossier's own steps, with the offices in force on the day of
/// receipt: "desk" is the receiving office for receiving and returning, and the competent unit's desk
/// for the steps between (Decree 118: a desk may receive for another commune, which decides, and the
/// receiving desk returns the result); "parent-desk" the reception office of the nearest unit above the
/// competent one that has a desk; anything else an office code. An office code that names no office
/// fails here, when a dossier takes the route, not when the catalogue is loaded.
/// </summary>
public static class RoutePlanner
{
    public static IReadOnlyList<PlannedStep> Plan(
        ProcedureVersion version, Office receivingOffice, ReferenceSnapshot reference, DateOnly receiptDay, Office? competentDesk = null)
    {
        var deciding = competentDesk ?? receivingOffice;
        return [.. version.Route.Select((step, index) => new PlannedStep(index, step.Kind, step.Office switch
        {
            RouteStep.Desk => step.Kind is StepKind.Receive or StepKind.Return ? receivingOffice.Id : deciding.Id,
            RouteStep.ParentDesk => reference.ParentDesk(deciding, receiptDay)?.Id ?? throw new DomainRuleException(
                "route.parent-desk",
                $"{deciding.Name} không có bộ phận tiếp nhận cấp trên để chuyển hồ sơ liên thông."),
            var code => reference.OfficeOn(code, receiptDay)?.Id ?? throw new DomainRuleException(
                "route.office",
                $"Quy trình của thủ tục {version.ProcedureCode} cần cơ quan {code}, nhưng ngày {receiptDay:dd/MM/yyyy} không có cơ quan này đang hoạt động."),
        }, step.BudgetHours))];
    }
}
