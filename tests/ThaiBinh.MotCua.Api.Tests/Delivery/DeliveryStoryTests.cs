using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Api.Tests.Outbox;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Application.Supervision;
using ThaiBinh.MotCua.Simulators.Portal;
using ThaiBinh.MotCua.Simulators.Sms;
using ThaiBinh.MotCua.Simulators.Smtp;

namespace ThaiBinh.MotCua.Api.Tests.Delivery;

/// <summary>
/// Issue 15's "done when", told over HTTP on real PostgreSQL with the simulators on real HTTP and SMTP:
/// the host's own planners, channels and relay (the worker loop is off in the test host, so each test
/// runs the relay when it wants the deliveries made).
/// </summary>
public sealed class DeliveryStoryTests(ApiFixture api) : ApiTest, IAsyncLifetime
{
    private readonly WorkflowClient _desk = new(api);
    private readonly OutboxTable _outbox = new(api.ConnectionString);

    private PortalSimulatorStore Portal => api.Simulators.Services.GetRequiredService<PortalSimulatorStore>();

    private SmsInbox Sms => api.Simulators.Services.GetRequiredService<SmsInbox>();

    private SmtpInbox Mail => api.Simulators.Services.GetRequiredService<SmtpInbox>();

    public async Task InitializeAsync()
    {
        api.Factory.Clock.AdjustTime(TestStart.Value); // the overdue story moves it a month on
        await _outbox.ForgetEarlierAsync();
        Portal.Reset();
        Sms.Reset();
        Mail.Reset();
    }

    public async Task DisposeAsync()
    {
        await api.Simulators.Services.GetRequiredService<SmtpListener>().StartListeningAsync();
        await _outbox.DisposeAsync();
    }

    [Fact]
    public async Task From_receipt_to_return_the_citizen_and_the_portal_hear_of_each_step_once_in_order()
    {
        var code = await ReceiveAsync(new { channel = "sms", phone = "0987 654 321" });
        await WalkToReturnAsync(code);

        await RunRelayAsync();
        await RunRelayAsync(); // a second run finds nothing left to send

        var texts = Sms.Messages.Where(m => m.Number == "84987654321").Select(m => m.Content).ToList();
        Assert.Equal(3, texts.Count); // received, result ready, returned: the templates the citizen is sent by SMS
        Assert.Contains(code, texts[0]);
        Assert.Contains("tiep nhan", texts[0], StringComparison.OrdinalIgnoreCase);
        Assert.All(texts, t => Assert.True(t.All(char.IsAscii), t));
        Assert.Equal(Sms.Messages.Count, Sms.Received); // nothing sent twice

        Assert.Equal(1, Portal.Creates(code));
        Assert.Equal("10", (string?)Portal.Versions(code)[^1]["TrangThaiHoSo"]);
        var progress = Portal.Progress(code);
        Assert.Equal(7, progress.Count); // receive, transfer, assign, assess, verify, approve, return: each once
        Assert.Equal(progress.Select(p => (string?)p["ThoiDiemXuLy"]).Order(StringComparer.Ordinal), progress.Select(p => (string?)p["ThoiDiemXuLy"]));
        Assert.Equal(["2", "4"], progress.Take(2).Select(p => (string?)p["TrangThai"]));
    }

    [Fact]
    public async Task A_portal_that_times_out_and_recovers_ends_with_every_record_delivered_once()
    {
        Portal.Inject(new PortalFault { Kind = "timeout", Count = 3, DelaySeconds = 30 });
        var code = await ReceiveAsync(notification: null);
        await _desk.DoAsync("tinh.tiepnhan", code, "transfer");

        var failed = await RunRelayAsync();
        Assert.True(failed.Retrying > 0, $"{failed}");
        Assert.Equal(0, Portal.Creates(code));

        for (var round = 0; round < 5 && Portal.Progress(code).Count < 2; round++)
        {
            await _outbox.MakeDueAsync(); // the backoff's wait, taken at once
            await RunRelayAsync();
        }

        Assert.Equal(1, Portal.Creates(code));
        Assert.Equal(["2", "4"], Portal.Progress(code).Select(p => (string?)p["TrangThai"]));
        Assert.All(await _outbox.DeliveriesAsync(), d => Assert.Equal("delivered", d.State));
    }

    [Fact]
    public async Task An_smtp_server_down_for_a_while_ends_with_every_mail_delivered_once()
    {
        var smtp = api.Simulators.Services.GetRequiredService<SmtpListener>();
        await smtp.StopListeningAsync();
        var code = await ReceiveAsync(new { channel = "email", email = "cong.dan@example.vn" });

        var down = await RunRelayAsync();
        Assert.True(down.Retrying > 0, $"{down}");
        Assert.Empty(Mail.Messages);

        await smtp.StartListeningAsync();
        await _outbox.MakeDueAsync();
        await RunRelayAsync();
        await _outbox.MakeDueAsync();
        await RunRelayAsync();

        var mail = Assert.Single(Mail.Messages);
        Assert.Contains(code, mail.Subject + mail.TextBody);
        Assert.Equal(1, Mail.Received);
    }

    [Fact]
    public async Task A_message_that_always_fails_ends_dead_lettered_with_its_reason_and_can_be_retried()
    {
        var sms = api.Simulators.Services.GetRequiredService<SmsFaults>();
        sms.Arm(new Simulators.Faults.FaultPlan(1000, 503, 0));
        var code = await ReceiveAsync(new { channel = "sms", phone = "0912345678" });

        for (var round = 0; round < 5; round++) // the test host gives up after three tries
        {
            await _outbox.MakeDueAsync();
            await RunRelayAsync();
        }

        var dead = Assert.Single(await _outbox.DeliveriesAsync(), d => d.Channel == "sms");
        Assert.Equal("dead", dead.State);
        Assert.Contains("503", dead.LastError);

        sms.Clear();
        var admin = await api.CreateClientSignedInAsAsync("admin");
        var retried = await admin.PostAsync($"/api/admin/outbox/deliveries/{dead.Id}/retry", null);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        await RunRelayAsync();

        Assert.Equal("delivered", Assert.Single(await _outbox.DeliveriesAsync(), d => d.Channel == "sms").State);
        Assert.Contains(code, Assert.Single(Sms.Messages).Content);
    }

    [Fact]
    public async Task Two_delivery_workers_at_once_deliver_nothing_twice()
    {
        var codes = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            codes.Add(await ReceiveAsync(new { channel = "sms", phone = "0912345678" }));
        }

        await Task.WhenAll(RunRelayAsync(), RunRelayAsync());
        await RunRelayAsync();

        Assert.All(codes, c => Assert.Equal((1, 1), (Portal.Creates(c), Portal.Progress(c).Count)));
        Assert.Equal(codes.Count, Sms.Received); // the hub saw each text once: no repeat even recognised
        Assert.Equal(codes.Order(), Sms.Messages.Select(m => codes.Single(m.Content.Contains)).Order());
    }

    [Fact]
    public async Task An_overdue_run_sends_each_supervisor_one_digest()
    {
        var first = (await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        var second = (await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        await RunRelayAsync();
        Mail.Reset();

        api.Factory.Clock.Advance(TimeSpan.FromDays(30));
        using (var scope = api.Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IOverdueFlagging>().RunAsync(CancellationToken.None);
        }

        await RunRelayAsync();

        var digests = Mail.Messages.Where(m => m.TextBody.Contains(first)).ToList();
        Assert.Equal(digests.Count, digests.SelectMany(m => m.To).Distinct().Count()); // one mail per supervisor
        foreach (var supervisor in new[] { "xa.giamsat@motcua.test", "huyen.giamsat@motcua.test", "tinh.giamsat@motcua.test" })
        {
            var digest = Assert.Single(Mail.Messages, m => m.To.Contains(supervisor));
            Assert.Contains(first, digest.TextBody);
            Assert.Contains(second, digest.TextBody);
        }
    }

    private async Task<string> ReceiveAsync(object? notification)
    {
        var body = await _desk.ReceiptBodyAsync("2.000488");
        body["notification"] = notification;
        var response = await (await _desk.As("tinh.tiepnhan")).PostAsJsonAsync("/api/dossiers", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Code();
    }

    private async Task WalkToReturnAsync(string code)
    {
        await _desk.DoAsync("tinh.tiepnhan", code, "transfer");
        await _desk.DoAsync("tinh.lanhdao", code, "assign", new { assignee = "tinh.chuyenvien" });
        await _desk.DoAsync("tinh.chuyenvien", code, "assess", new { decision = "approve" });
        await _desk.DoAsync("congan.chuyenvien", code, "verify", new { note = "Không có án tích" });
        await _desk.DoAsync("tinh.lanhdao", code, "approve", new { decision = "approve" });
        await _desk.DoAsync("tinh.tiepnhan", code, "return", new { receivedBy = "Nguyễn Văn Ấn" });
    }

    private async Task<RelayRun> RunRelayAsync()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOutboxRelay>().RunUntilIdleAsync(CancellationToken.None);
    }
}
