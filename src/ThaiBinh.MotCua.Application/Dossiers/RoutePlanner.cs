using ThaiBinh.MotCua.Application.Common.Reference;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Offices;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Application.Dossiers;

/// <summary>
/// Turns a procedure's route into the dossier's own steps, with the offices in force on the day of
/// receipt: "desk" is the receiving office, "parent-desk" the reception office of the nearest unit
/// above the receiving one that has a desk, anything else an office code.
/// </summary>
public static class RoutePlanner
{
    public static IReadOnlyList<PlannedStep> Plan(ProcedureVersion version, Office receivingOffice, ReferenceSnapshot reference, DateOnly receiptDay) =>
        [.. version.Route.Select((step, index) => new PlannedStep(index, step.Kind, step.Office switch
        {
            RouteStep.Desk => receivingOffice.Id,
            RouteStep.ParentDesk => reference.ParentDesk(receivingOffice, receiptDay)?.Id ?? throw new DomainRuleException(
                "route.parent-desk",
                $"{receivingOffice.Name} không có bộ phận tiếp nhận cấp trên để chuyển hồ sơ liên thông."),
            var code => reference.OfficeOn(code, receiptDay)?.Id ?? throw new DomainRuleException(
                "route.office",
                $"Quy trình của thủ tục {version.ProcedureCode} cần cơ quan {code}, nhưng ngày {receiptDay:dd/MM/yyyy} không có cơ quan này đang hoạt động."),
        }, step.BudgetHours))];
}
