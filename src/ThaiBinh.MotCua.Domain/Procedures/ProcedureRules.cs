using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Domain.Procedures;

/// <summary>What makes a route acceptable: receive first, return last, assessment and approval in between, budgets summing to the limit.</summary>
internal static class ProcedureRules
{
    public static void EnsureValidRoute(string code, ProcessingLimit limit, IReadOnlyList<RouteStep> route)
    {
        if (route.Count < 4 || route[0].Kind != StepKind.Receive || route[^1].Kind != StepKind.Return)
        {
            throw Broken("procedure.route.shape", $"Quy trình của thủ tục {code} phải bắt đầu bằng tiếp nhận và kết thúc bằng trả kết quả.");
        }

        var middle = route.Skip(1).Take(route.Count - 2).ToList();
        if (middle.Any(s => s.Kind is StepKind.Receive or StepKind.Return))
        {
            throw Broken("procedure.route.shape", $"Quy trình của thủ tục {code} chỉ tiếp nhận ở bước đầu và trả kết quả ở bước cuối.");
        }

        var firstAssess = middle.FindIndex(s => s.Kind == StepKind.Assess);
        var lastApprove = middle.FindLastIndex(s => s.Kind == StepKind.Approve);
        if (firstAssess < 0 || lastApprove < 0 || lastApprove < firstAssess)
        {
            throw Broken("procedure.route.steps", $"Quy trình của thủ tục {code} phải có bước thẩm định rồi bước phê duyệt.");
        }

        if (route.Any(s => s.BudgetHours < 0 || string.IsNullOrWhiteSpace(s.Office)))
        {
            throw Broken("procedure.route.step", $"Mỗi bước của thủ tục {code} phải có cơ quan thực hiện và thời gian không âm.");
        }

        var limitHours = (int)limit.ToWorkingTime(WorkingHours.Default).TotalHours;
        var budget = route.Sum(s => s.BudgetHours);
        if (budget != limitHours)
        {
            throw Broken(
                "procedure.route.budget",
                $"Tổng thời gian các bước của thủ tục {code} là {budget} giờ, phải bằng thời hạn giải quyết {limitHours} giờ làm việc.");
        }
    }

    private static DomainRuleException Broken(string rule, string message) => new(rule, message);
}
