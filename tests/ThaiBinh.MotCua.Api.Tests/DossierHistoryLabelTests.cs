using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>A dossier's history names each action in Vietnamese, as the move's own label does, for the pages to show.</summary>
public sealed class DossierHistoryLabelTests(ApiFixture api) : ApiTest
{
    private readonly WorkflowClient _desk = new(api);

    [Fact]
    public async Task Each_history_line_carries_the_label_of_its_action()
    {
        var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        await _desk.DoAsync("tinh.tiepnhan", code, "transfer");
        var dossier = await _desk.DoAsync("tinh.lanhdao", code, "assign", new { assignee = "tinh.chuyenvien" });

        Assert.Equal(
            [("receive", "tiếp nhận hồ sơ"), ("transfer", "chuyển hồ sơ đi xử lý"), ("assign", "phân công xử lý")],
            dossier.GetProperty("history").EnumerateArray().Select(h => (h.GetProperty("action").GetString(), h.GetProperty("label").GetString())));
    }
}
