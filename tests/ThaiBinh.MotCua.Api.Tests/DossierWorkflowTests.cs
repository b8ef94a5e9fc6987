using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>Dossiers driven from receipt to return over HTTP by the people who handle them.</summary>
public sealed class DossierWorkflowTests(ApiFixture api) : ApiTest
{
    private readonly WorkflowClient _desk = new(api);

    [Fact]
    public async Task A_commune_birth_registration_goes_from_receipt_to_return()
    {
        var received = await _desk.ReceiveAsync("xa.tiepnhan", "1.001193");
        var code = received.Code();

        Assert.Matches(@"^000\.01\.31\.H54-\d{6}-\d{4}$", code);
        Assert.Equal(2, received.StatusCode());
        Assert.Equal(await _desk.DeadlineAsync(received.ReceivedAt(), "sameDay=true"), received.DueAt());
        Assert.EndsWith("+07:00", received.GetProperty("dueAt").GetString());

        var transferred = await _desk.DoAsync("xa.tiepnhan", code, "transfer");
        Assert.Equal((4, "Assess"), (transferred.StatusCode(), transferred.StepKind()));
        var assessed = await _desk.DoAsync("xa.chuyenvien", code, "assess", new { decision = "approve" });
        Assert.Equal("Approve", assessed.StepKind());
        var approved = await _desk.DoAsync("xa.lanhdao", code, "approve", new { decision = "approve" });
        Assert.Equal((9, "Return"), (approved.StatusCode(), approved.StepKind()));
        var returned = await _desk.DoAsync("xa.tiepnhan", code, "return", new { receivedBy = "Nguyễn Văn Ấn" });

        Assert.Equal(10, returned.StatusCode());
        Assert.Contains(returned.GetProperty("returnTimeliness").GetString(), new[] { "Trước hạn", "Đúng hạn" });
        var handoffs = returned.GetProperty("handoffs").EnumerateArray().ToList();
        Assert.Equal(["Receive", "Assess", "Approve", "Return"], handoffs.Select(h => h.GetProperty("step").GetProperty("kind").GetString()));
        Assert.Equal(["xa.tiepnhan", "xa.chuyenvien", "xa.lanhdao", "xa.tiepnhan"], handoffs.Select(h => h.GetProperty("toOfficer").GetProperty("username").GetString()));
        Assert.All(handoffs, h => Assert.NotEqual(JsonValueKind.Null, h.GetProperty("timeliness").ValueKind));
        Assert.Equal(
            ["receive", "transfer", "assess", "approve", "return"],
            returned.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task A_judicial_record_request_crosses_the_centre_the_department_and_the_police()
    {
        var received = await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488");
        var code = received.Code();
        Assert.Equal(await _desk.DeadlineAsync(received.ReceivedAt(), "workingDays=10"), received.DueAt());

        var transferred = await _desk.DoAsync("tinh.tiepnhan", code, "transfer");
        Assert.Equal("000.00.02.H54", transferred.CurrentOffice());
        var step = transferred.GetProperty("handoffs")[1];
        var budget = (await api.CreateClient().GetFromJsonAsync<JsonElement>("/api/procedures?code=2.000488"))[0]
            .GetProperty("route")[1].GetProperty("budgetHours").GetInt32();
        Assert.Equal(
            await _desk.DeadlineAsync(step.GetProperty("handedAt").GetDateTimeOffset(), $"workingHours={budget}"),
            step.GetProperty("dueAt").GetDateTimeOffset());

        await _desk.DoAsync("tinh.lanhdao", code, "assign", new { assignee = "tinh.chuyenvien" });
        var assessed = await _desk.DoAsync("tinh.chuyenvien", code, "assess", new { decision = "approve" });
        Assert.Equal(("Verify", "000.00.08.H54"), (assessed.StepKind(), assessed.CurrentOffice()));
        var verified = await _desk.DoAsync("congan.chuyenvien", code, "verify", new { note = "Không có án tích" });
        Assert.Equal(("Approve", "000.00.02.H54"), (verified.StepKind(), verified.CurrentOffice()));
        var approved = await _desk.DoAsync("tinh.lanhdao", code, "approve", new { decision = "approve" });
        Assert.Equal((9, "000.00.01.H54"), (approved.StatusCode(), approved.CurrentOffice()));
        var returned = await _desk.DoAsync("tinh.tiepnhan", code, "return", new { receivedBy = "Nguyễn Văn Ấn" });

        Assert.Equal(10, returned.StatusCode());
        Assert.Equal(
            ["000.00.01.H54", "000.00.02.H54", "000.00.08.H54", "000.00.02.H54", "000.00.01.H54"],
            returned.GetProperty("handoffs").EnumerateArray().Select(h => h.GetProperty("toOffice").GetProperty("code").GetString()));
        Assert.Equal("Đã trả kết quả", returned.Summary().GetProperty("status").GetProperty("label").GetString());
    }

    [Fact]
    public async Task A_supplement_pauses_the_clock_and_restarts_it_when_the_citizen_brings_it()
    {
        var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        await _desk.DoAsync("tinh.tiepnhan", code, "transfer");

        var paused = await _desk.DoAsync("tinh.chuyenvien", code, "request-supplement", new { items = "Bản sao giấy khai sinh", reason = "Bản sao chưa được chứng thực" });
        Assert.Equal(5, paused.StatusCode());
        Assert.NotEqual(JsonValueKind.Null, paused.GetProperty("pausedAt").ValueKind);
        Assert.Equal("Bản sao giấy khai sinh", paused.GetProperty("supplementItems").GetString());

        api.Factory.Clock.Advance(TimeSpan.FromHours(3));
        var resumed = await _desk.DoAsync("tinh.tiepnhan", code, "supplement", new { note = "Đã nộp bản sao" });

        Assert.Equal(4, resumed.StatusCode());
        Assert.Equal(JsonValueKind.Null, resumed.GetProperty("pausedAt").ValueKind);
        var resumedAt = resumed.GetProperty("history").EnumerateArray().Last().GetProperty("at").GetDateTimeOffset();
        Assert.Equal(await _desk.DeadlineAsync(resumedAt, "workingDays=10"), resumed.DueAt());
    }

    [Fact]
    public async Task A_supplement_is_asked_once_with_its_reasons_and_a_second_request_is_refused_and_not_offered()
    {
        var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        await _desk.DoAsync("tinh.tiepnhan", code, "transfer");

        var noReason = await _desk.ActAsync("tinh.chuyenvien", code, "request-supplement", new { items = "Bản sao giấy khai sinh" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(["Vui lòng ghi rõ lý do (reason)."], (await Problem.ReadAsync(noReason)).Errors!["reason"]);

        var paused = await _desk.DoAsync("tinh.chuyenvien", code, "request-supplement", new { items = "Bản sao giấy khai sinh", reason = "Bản sao chưa được chứng thực" });
        Assert.Equal("Bản sao chưa được chứng thực", paused.GetProperty("supplementReasons").GetString());
        await _desk.DoAsync("tinh.tiepnhan", code, "supplement", new { note = "Đã nộp bản sao" });

        var moves = await _desk.MovesAsync("tinh.chuyenvien", code);
        var offered = moves.Single(m => m.GetProperty("action").GetString() == "request-supplement");
        Assert.False(offered.GetProperty("allowed").GetBoolean());
        Assert.Contains("chỉ được yêu cầu một lần", offered.GetProperty("reason").GetString());

        foreach (var (action, body) in new (string, object)[]
        {
            ("request-supplement", new { items = "Ảnh 4x6", reason = "Thiếu ảnh" }),
            ("assess", new { decision = "request-supplement", items = "Ảnh 4x6", reason = "Thiếu ảnh" }),
        })
        {
            var second = await _desk.ActAsync("tinh.chuyenvien", code, action, body);
            Assert.Equal((HttpStatusCode.Conflict, "dossier.supplement.once"), (second.StatusCode, (await Problem.ReadAsync(second)).Code));
        }

        Assert.Equal(1, (await _desk.GetAsync("tinh.chuyenvien", code)).GetProperty("supplementRequestCount").GetInt32());
    }

    [Fact]
    public async Task The_processing_office_refuses_and_the_desk_hands_the_refusal_over()
    {
        var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        await _desk.DoAsync("tinh.tiepnhan", code, "transfer");

        var refused = await _desk.DoAsync("tinh.lanhdao", code, "refuse", new { reason = "Người yêu cầu không thuộc diện được cấp Phiếu" });

        Assert.Equal((9, "Refused"), (refused.StatusCode(), refused.GetProperty("outcome").GetString()));
        Assert.Equal("Người yêu cầu không thuộc diện được cấp Phiếu", refused.GetProperty("reasons").GetString());
        Assert.Equal(10, (await _desk.DoAsync("tinh.tiepnhan", code, "return", new { receivedBy = "Nguyễn Văn Ấn" })).StatusCode());
    }

    [Fact]
    public async Task One_extension_with_an_apology_and_a_second_one_refused()
    {
        var received = await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488");
        var code = received.Code();
        await _desk.DoAsync("tinh.tiepnhan", code, "transfer");
        var newDue = await _desk.DeadlineAsync(received.DueAt(), "workingDays=3");

        var extended = await _desk.DoAsync("tinh.lanhdao", code, "extend", new { newDueAt = newDue, reason = "Chờ kết quả xác minh của Công an tỉnh" });
        var second = await _desk.ActAsync("tinh.lanhdao", code, "extend", new { newDueAt = newDue.AddDays(7), reason = "Lần hai" });

        Assert.Equal(newDue, extended.DueAt());
        Assert.Equal(newDue, extended.GetProperty("extendedTo").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("deadline.extension.once", (await Problem.ReadAsync(second)).Code);
        Assert.Equal(extended.Version(), (await _desk.GetAsync("tinh.lanhdao", code)).Version());
    }

    [Fact]
    public async Task A_citizen_withdraws_the_dossier_at_the_desk()
    {
        var code = (await _desk.ReceiveAsync("huyen.tiepnhan", "1.001612")).Code();

        var withdrawn = await _desk.DoAsync("huyen.tiepnhan", code, "withdraw", new { reason = "Công dân xin rút để bổ sung vốn" });

        Assert.Equal((7, "Công dân yêu cầu rút hồ sơ"), (withdrawn.StatusCode(), withdrawn.Summary().GetProperty("status").GetProperty("label").GetString()));
    }

    [Fact]
    public async Task The_detail_carries_an_etag_and_a_stale_if_match_gets_412()
    {
        var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        var response = await (await _desk.As("tinh.tiepnhan")).GetAsync($"/api/dossiers/{code}");
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);

        var ok = await _desk.ActAsync("tinh.tiepnhan", code, "transfer", ifMatch: "\"1\"");
        var stale = await _desk.ActAsync("tinh.lanhdao", code, "assign", new { assignee = "tinh.chuyenvien" }, ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("\"2\"", ok.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(2, (await _desk.GetAsync("tinh.tiepnhan", code)).Version());
    }

    [Fact]
    public async Task The_time_left_is_told_in_working_days_and_hours()
    {
        var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();

        var detail = await _desk.GetAsync("tinh.tiepnhan", code);

        var left = detail.GetProperty("timeLeft");
        Assert.False(left.GetProperty("late").GetBoolean());
        Assert.Equal((10, 0d), (left.GetProperty("workingDays").GetInt32(), left.GetProperty("workingHours").GetDouble()));
        Assert.Equal("Còn 10 ngày 0 giờ làm việc", left.GetProperty("text").GetString());
    }
}
