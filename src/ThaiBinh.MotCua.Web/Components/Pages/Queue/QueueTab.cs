using ThaiBinh.MotCua.Application.Dossiers.List;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Web.Components.Pages.Queue;

/// <summary>
/// A tab of the work queue: its key in the address (<c>?nhom=</c>), its label, how it narrows the
/// list query and which count it shows. The rules themselves are the Application's
/// (<see cref="WorkQueueRules"/>); a tab only names the filter that applies them.
/// </summary>
public sealed record QueueTab(string Key, string Label, Func<ListDossiersQuery, ListDossiersQuery> Narrow, Func<WorkQueueCountsDto, int> Count)
{
    public const string Parameter = "nhom";

    public static readonly QueueTab Office = new("co-quan", "Cả cơ quan", q => q, c => c.Office);

    public static readonly QueueTab DueSoon = new("sap-den-han", "Sắp đến hạn", q => q with { DueSoon = true }, c => c.DueSoon);

    public static readonly IReadOnlyList<QueueTab> All =
    [
        new("cua-toi", "Tôi đang xử lý", q => q with { Assignee = "me" }, c => c.Mine),
        Office,
        DueSoon,
        new("qua-han", "Quá hạn", q => q with { Overdue = true }, c => c.Overdue),
        new("cho-bo-sung", "Chờ công dân bổ sung", q => q with { Status = nameof(DossierStatus.SupplementRequested) }, c => c.AwaitingSupplement),
        new("cho-tra", "Chờ trả kết quả", q => q with { Step = "return" }, c => c.ResultAtDesk),
        new("cho-tiep-nhan-truc-tuyen", "Chờ tiếp nhận trực tuyến", q => q with { Status = nameof(DossierStatus.Submitted) }, c => c.AwaitingOnlineAcceptance),
    ];

    /// <summary>The office's whole queue unless the address names another tab.</summary>
    public static QueueTab Of(string? key) => All.FirstOrDefault(t => t.Key == key) ?? Office;
}
