using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Infrastructure.Payments;
using ThaiBinh.MotCua.Simulators.Payments;
using static ThaiBinh.MotCua.Api.Tests.Payments.PaymentDesk;

namespace ThaiBinh.MotCua.Api.Tests.Payments;

/// <summary>
/// Fees over HTTP on PostgreSQL with the payment platform simulator over real HTTP: status 6 and back
/// through the signed callback, the clock waiting or not as the procedure says, forged and unknown
/// callbacks refused with nothing changed, the reconciliation settling what no callback announced,
/// a failed payment, cash at the desk and a refund.
/// </summary>
public sealed class PaymentFlowTests : ApiTest, IAsyncLifetime
{
    private readonly ApiFixture _api;
    private readonly PaymentDesk _desk;

    public PaymentFlowTests(ApiFixture api)
    {
        _api = api;
        _desk = new PaymentDesk(api);
    }

    public async Task InitializeAsync()
    {
        await HostRelay.EnsureStartedAsync(_api);
        _desk.Ledger.Reset();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Paid_online_through_the_callback_the_dossier_leaves_status_6_and_its_clock_resumes_later_by_the_time_waited()
    {
        var code = await _desk.InProcessingAsync(PausingProcedure);
        var dueBefore = (await _desk.Workflow.GetAsync(Desk, code)).DueAt();

        var request = await _desk.OkAsync(Specialist, $"/api/dossiers/{code}/payments");
        Assert.Equal((75000L, "unpaid"), (request.GetProperty("amountVnd").GetInt64(), request.GetProperty("status").GetString()));
        var waiting = await _desk.Workflow.GetAsync(Desk, code);
        Assert.Equal(6, waiting.StatusCode());
        Assert.NotEqual(JsonValueKind.Null, waiting.GetProperty("pausedAt").ValueKind);

        var payUrl = await _desk.PayUrlAsync(code, request.GetProperty("id").GetString()!);
        Assert.Equal("pending", (await _desk.OnlyRequestAsync(code)).GetProperty("status").GetString());
        _api.Factory.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Contains("thành công", await PressAsync(payUrl, "pay"));

        var paid = await _desk.OnlyRequestAsync(code);
        Assert.Equal(("paid", "online", false), (paid.GetProperty("status").GetString(), paid.GetProperty("method").GetString(), paid.GetProperty("settledByReconciliation").GetBoolean()));
        Assert.StartsWith("PG", paid.GetProperty("transactionId").GetString());
        Assert.Equal(["00"], _desk.Ledger.Transactions.Single().CallbackAnswers);
        var back = await _desk.Workflow.GetAsync(Desk, code);
        Assert.Equal(4, back.StatusCode());
        Assert.Equal(JsonValueKind.Null, back.GetProperty("pausedAt").ValueKind);
        Assert.Equal(await _desk.Workflow.DeadlineAsync(dueBefore, "workingHours=2"), back.DueAt());
        var entry = Assert.Single(await _desk.HistoryAsync(code, "paid"));
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("officer").ValueKind);
        Assert.Equal((6, 4), (entry.GetProperty("fromStatus").GetProperty("code").GetInt32(), entry.GetProperty("toStatus").GetProperty("code").GetInt32()));
        Assert.Contains("trực tuyến", entry.GetProperty("note").GetString());

        // The platform sends its callback again: answered as taken, nothing changes.
        var again = await _desk.CallbackAsync(paid.GetProperty("reference").GetString()!, 75000, transaction: paid.GetProperty("transactionId").GetString()!);
        Assert.Equal("00", again.GetProperty("MaLoi").GetString());
        Assert.Single(await _desk.HistoryAsync(code, "paid"));
        Assert.Equal(back.Version(), (await _desk.Workflow.GetAsync(Desk, code)).Version());

        // The portal hears of status 6 and back, and of the fees paid online.
        var portal = new NationalPortal.PortalDeliveries(_api);
        await portal.DeliverAsync(await portal.EventsAsync(code));
        Assert.Equal(["2", "4", "6", "4"], portal.Portal.Progress(code).Select(p => (string?)p["TrangThai"]));
        var record = portal.Portal.Versions(code)[^1];
        Assert.Equal("1", (string?)record["DuocThanhToanTrucTuyen"]);
        var fee = Assert.Single(record["DanhSachLePhi"]!.AsArray())!;
        Assert.Equal(("LP-GPXD", "4", "75000"), ((string?)fee["MaPhiLePhi"], (string?)fee["HinhThucThu"], (string?)fee["Gia"]));

        // The fees are asked once: back in processing, the office cannot ask for them again.
        var twice = await _desk.PostAsync(Specialist, $"/api/dossiers/{code}/payments");
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(4, (await _desk.Workflow.GetAsync(Desk, code)).StatusCode());
    }

    [Fact]
    public async Task When_the_procedure_keeps_the_clock_running_in_status_6_the_appointment_does_not_move()
    {
        var code = await _desk.InProcessingAsync(RunningProcedure);
        var dueBefore = (await _desk.Workflow.GetAsync(Desk, code)).DueAt();
        var request = await _desk.OkAsync(Leader, $"/api/dossiers/{code}/payments");
        Assert.Equal(JsonValueKind.Null, (await _desk.Workflow.GetAsync(Desk, code)).GetProperty("pausedAt").ValueKind);

        var payUrl = await _desk.PayUrlAsync(code, request.GetProperty("id").GetString()!);
        _api.Factory.Clock.Advance(TimeSpan.FromHours(2));
        await PressAsync(payUrl, "pay");

        var back = await _desk.Workflow.GetAsync(Desk, code);
        Assert.Equal((4, dueBefore), (back.StatusCode(), back.DueAt()));
    }

    [Fact]
    public async Task A_forged_callback_an_unknown_reference_and_a_wrong_amount_change_nothing_and_are_kept()
    {
        var code = await _desk.InProcessingAsync(PausingProcedure);
        var request = await _desk.OkAsync(Specialist, $"/api/dossiers/{code}/payments");
        await _desk.PayUrlAsync(code, request.GetProperty("id").GetString()!);
        var reference = (await _desk.OnlyRequestAsync(code)).GetProperty("reference").GetString()!;
        var version = (await _desk.Workflow.GetAsync(Desk, code)).Version();

        var forged = await _desk.CallbackAsync(reference, 75000, secret: "not-the-secret");
        var unknown = await _desk.CallbackAsync("dvc-no-such-reference", 75000);
        var cheaper = await _desk.CallbackAsync(reference, 7500);

        Assert.Equal(["01", "02", "03"], new[] { forged, unknown, cheaper }.Select(r => r.GetProperty("MaLoi").GetString()));
        Assert.Equal((1L, 1L, 1L), (await _desk.RejectedCallbacksAsync("checksum"), await _desk.RejectedCallbacksAsync("unknown-reference"), await _desk.RejectedCallbacksAsync("amount")));
        Assert.Equal("pending", (await _desk.OnlyRequestAsync(code)).GetProperty("status").GetString());
        var dossier = await _desk.Workflow.GetAsync(Desk, code);
        Assert.Equal((6, version), (dossier.StatusCode(), dossier.Version()));
        Assert.Empty(await _desk.HistoryAsync(code, "paid"));
    }

    [Fact]
    public async Task The_reconciliation_settles_a_payment_whose_callback_never_came_and_marks_a_failed_one()
    {
        _desk.Ledger.Switches = new PayGovSwitches(RefuseInit: false, DropCallbacks: true, FailPayments: false);
        var paidCode = await _desk.InProcessingAsync(PausingProcedure);
        var paidUrl = await _desk.PayUrlAsync(paidCode, (await _desk.OkAsync(Specialist, $"/api/dossiers/{paidCode}/payments")).GetProperty("id").GetString()!);
        var failedCode = await _desk.InProcessingAsync(PausingProcedure);
        var failedUrl = await _desk.PayUrlAsync(failedCode, (await _desk.OkAsync(Specialist, $"/api/dossiers/{failedCode}/payments")).GetProperty("id").GetString()!);
        await PressAsync(paidUrl, "pay");
        await PressAsync(failedUrl, "cancel");
        Assert.Equal("pending", (await _desk.OnlyRequestAsync(paidCode)).GetProperty("status").GetString());

        // Too early: a callback may still come within 30 minutes.
        var early = await RunReconciliationAsync();
        Assert.Equal(0, early.Asked);

        _api.Factory.Clock.Advance(TimeSpan.FromMinutes(31));
        var run = await RunReconciliationAsync();
        Assert.Equal((2, 1, 1, 0), (run.Asked, run.Settled, run.Failed, run.Unanswered));
        var paid = await _desk.OnlyRequestAsync(paidCode);
        Assert.Equal(("paid", true), (paid.GetProperty("status").GetString(), paid.GetProperty("settledByReconciliation").GetBoolean()));
        Assert.Equal(4, (await _desk.Workflow.GetAsync(Desk, paidCode)).StatusCode());
        Assert.Contains("đối soát", Assert.Single(await _desk.HistoryAsync(paidCode, "paid")).GetProperty("note").GetString());
        Assert.Equal("failed", (await _desk.OnlyRequestAsync(failedCode)).GetProperty("status").GetString());
        Assert.Equal(6, (await _desk.Workflow.GetAsync(Desk, failedCode)).StatusCode());

        // A second run asks about nothing: nothing is pending any more.
        Assert.Equal(0, (await RunReconciliationAsync()).Asked);
    }

    [Fact]
    public async Task A_failed_payment_leaves_the_dossier_waiting_and_can_be_tried_again_with_a_new_reference()
    {
        var code = await _desk.InProcessingAsync(PausingProcedure);
        var id = (await _desk.OkAsync(Specialist, $"/api/dossiers/{code}/payments")).GetProperty("id").GetString()!;
        var firstUrl = await _desk.PayUrlAsync(code, id);
        var firstReference = (await _desk.OnlyRequestAsync(code)).GetProperty("reference").GetString();
        Assert.Contains("không thành công", await PressAsync(firstUrl, "cancel"));

        var failed = await _desk.OnlyRequestAsync(code);
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Equal(6, (await _desk.Workflow.GetAsync(Desk, code)).StatusCode());

        var secondUrl = await _desk.PayUrlAsync(code, id);
        Assert.NotEqual(firstReference, (await _desk.OnlyRequestAsync(code)).GetProperty("reference").GetString());
        await PressAsync(secondUrl, "pay");
        Assert.Equal("paid", (await _desk.OnlyRequestAsync(code)).GetProperty("status").GetString());
        Assert.Equal(4, (await _desk.Workflow.GetAsync(Desk, code)).StatusCode());
    }

    [Fact]
    public async Task The_platform_refusing_INIT_marks_the_request_failed_and_answers_409()
    {
        _desk.Ledger.Switches = new PayGovSwitches(RefuseInit: true, DropCallbacks: false, FailPayments: false);
        var code = await _desk.InProcessingAsync(PausingProcedure);
        var id = (await _desk.OkAsync(Specialist, $"/api/dossiers/{code}/payments")).GetProperty("id").GetString()!;

        var response = await _desk.PostAsync(Desk, $"/api/dossiers/{code}/payments/{id}/online");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal("payment.platform", problem.Code);
        Assert.Equal("failed", (await _desk.OnlyRequestAsync(code)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task At_receipt_the_request_comes_with_the_dossier_the_desk_takes_cash_and_only_a_leader_refunds()
    {
        var code = (await _desk.Workflow.ReceiveAsync(Desk, AtReceiptProcedure)).Code();
        var payments = await _desk.PaymentsAsync(code);
        Assert.Equal(("atReceipt", 100000L, false), (payments.GetProperty("collection").GetString(), payments.GetProperty("feeTotalVnd").GetInt64(), payments.GetProperty("mayRequest").GetBoolean()));
        var id = (await _desk.OnlyRequestAsync(code)).GetProperty("id").GetString()!;

        var notTheDesk = await _desk.PostAsync(Specialist, $"/api/dossiers/{code}/payments/{id}/cash");
        Assert.Equal(HttpStatusCode.Forbidden, notTheDesk.StatusCode);
        var cash = await _desk.OkAsync(Desk, $"/api/dossiers/{code}/payments/{id}/cash");
        Assert.Equal(("paid", "cash"), (cash.GetProperty("status").GetString(), cash.GetProperty("method").GetString()));
        var paidEntry = Assert.Single(await _desk.HistoryAsync(code, "paid"));
        Assert.Equal((2, 2), (paidEntry.GetProperty("fromStatus").GetProperty("code").GetInt32(), paidEntry.GetProperty("toStatus").GetProperty("code").GetInt32()));
        Assert.Contains("100.000", paidEntry.GetProperty("note").GetString());

        var twice = await _desk.PostAsync(Desk, $"/api/dossiers/{code}/payments/{id}/cash");
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        var byDesk = await _desk.PostAsync(Desk, $"/api/dossiers/{code}/payments/{id}/refund", new { reason = "Nộp nhầm" });
        Assert.Equal(HttpStatusCode.Forbidden, byDesk.StatusCode);
        var noReason = await _desk.PostAsync(Leader, $"/api/dossiers/{code}/payments/{id}/refund", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);

        var refunded = await _desk.OkAsync(Leader, $"/api/dossiers/{code}/payments/{id}/refund", new { reason = "Công dân rút hồ sơ trước khi giải quyết" });
        Assert.Equal("refunded", refunded.GetProperty("status").GetString());
        Assert.Contains("rút hồ sơ", Assert.Single(await _desk.HistoryAsync(code, "refund")).GetProperty("note").GetString());
    }

    [Fact]
    public async Task A_transfer_needs_its_reference_and_the_move_is_refused_where_the_procedure_collects_nothing_before_the_result()
    {
        var code = (await _desk.Workflow.ReceiveAsync(Desk, AtReceiptProcedure)).Code();
        var id = (await _desk.OnlyRequestAsync(code)).GetProperty("id").GetString()!;
        var missing = await _desk.PostAsync(Desk, $"/api/dossiers/{code}/payments/{id}/transfer", new { reference = "" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var transfer = await _desk.OkAsync(Desk, $"/api/dossiers/{code}/payments/{id}/transfer", new { reference = "FT25153001234" });
        Assert.Equal(("transfer", "FT25153001234"), (transfer.GetProperty("method").GetString(), transfer.GetProperty("transactionId").GetString()));

        var again = await _desk.PostAsync(Desk, $"/api/dossiers/{code}/payments");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var free = await _desk.InProcessingAsync("2.000815");
        var nothing = await _desk.PostAsync(Specialist, $"/api/dossiers/{free}/payments");
        Assert.Equal(HttpStatusCode.Conflict, nothing.StatusCode);
        Assert.Equal(4, (await _desk.Workflow.GetAsync(Desk, free)).StatusCode());
    }

    private async Task<Application.Payments.ReconciliationRun> RunReconciliationAsync()
    {
        await using var scope = _api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PaymentReconciliationJob>().RunAsync(CancellationToken.None);
    }
}
