using System.Net;
using System.Net.Http.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Outbox;
using static ThaiBinh.MotCua.Application.Common.Outbox.OutboxContracts;

namespace ThaiBinh.MotCua.Api.Tests.Notices;

/// <summary>The host's planners decide who is told of a message: the citizen on the channel they chose, the officers of a digest by email.</summary>
public sealed class NoticePlannerTests(ApiFixture api) : ApiTest
{
    private readonly NoticeDesk _notices = new(api);

    [Fact]
    public async Task Each_choice_plans_one_delivery_on_its_channel_to_its_contact_in_the_dossiers_order_and_none_plans_nothing()
    {
        var sms = await _notices.ReceiveAsync(new { channel = "sms", phone = "+84912345678" });
        var email = await _notices.ReceiveAsync(new { channel = "email", email = "an@example.vn" });
        var zalo = await _notices.ReceiveAsync(new { channel = "zalo", phone = "0388123456" });
        var none = await _notices.ReceiveAsync(new { channel = "none" });

        Assert.Equal([new PlannedDelivery("sms", "0912345678", $"notice:{sms.Id}")], await _notices.PlanAsync(NoticeDesk.Envelope(sms, OutboxMessageTypes.Received)));
        Assert.Equal([new PlannedDelivery("email", "an@example.vn", $"notice:{email.Id}")], await _notices.PlanAsync(NoticeDesk.Envelope(email, OutboxMessageTypes.ResultReady)));
        Assert.Equal([new PlannedDelivery("zalo", "0388123456", $"notice:{zalo.Id}")], await _notices.PlanAsync(NoticeDesk.Envelope(zalo, OutboxMessageTypes.DueMoved)));
        Assert.Empty(await _notices.PlanAsync(NoticeDesk.Envelope(none, OutboxMessageTypes.Received)));
    }

    [Fact]
    public async Task Events_without_a_template_and_templates_an_admin_turned_off_plan_nothing_for_the_citizen()
    {
        var dossier = await _notices.ReceiveAsync(new { channel = "sms", phone = "0912345678" });
        using var admin = await api.CreateClientSignedInAsAsync("admin");
        var off = await admin.PutAsJsonAsync("/api/admin/notice-templates/dossier.refused/sms", new { body = "Ho so {MaHoSo} khong du dieu kien: {LyDo}", isActive = false });
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);

        Assert.Empty(await _notices.PlanAsync(NoticeDesk.Envelope(dossier, OutboxMessageTypes.Transferred)));
        Assert.Empty(await _notices.PlanAsync(NoticeDesk.Envelope(dossier, OutboxMessageTypes.Refused)));
        Assert.Single(await _notices.PlanAsync(NoticeDesk.Envelope(dossier, OutboxMessageTypes.Extended)));
    }

    [Fact]
    public async Task The_overdue_digest_goes_to_its_supervisors_email_the_due_soon_list_to_its_handlers_and_nothing_to_an_officer_without_one()
    {
        var dossier = await _notices.ReceiveAsync(null);
        var office = await new DossierDesk(api).OfficeIdAsync("000.00.01.H54");
        FlaggedDossierV1[] flagged = [new(dossier.Id, dossier.Code, dossier.DueAt, office)];
        var runAt = dossier.OccurredAt.AddDays(20);

        var overdue = await _notices.PlanAsync(Digest(OutboxMessageTypes.OverdueDigest, Write(new OverdueDigestV1(await _notices.OfficerIdAsync("tinh.giamsat"), runAt, flagged)), runAt));
        var dueSoon = await _notices.PlanAsync(Digest(OutboxMessageTypes.DueSoon, Write(new DueSoonV1(await _notices.OfficerIdAsync("tinh.chuyenvien"), runAt, flagged)), runAt));
        var noAddress = await _notices.PlanAsync(Digest(OutboxMessageTypes.DueSoon, Write(new DueSoonV1(await _notices.OfficerIdAsync("tinh.tiepnhan"), runAt, flagged)), runAt));

        Assert.Equal([new PlannedDelivery("email", "tinh.giamsat@motcua.test")], overdue);
        Assert.Equal([new PlannedDelivery("email", "tinh.chuyenvien@motcua.test")], dueSoon);
        Assert.Empty(noAddress);
    }

    private static OutboxEnvelope Digest(string type, string payload, DateTimeOffset at) =>
        new(Guid.CreateVersion7(), type, OutboxMessageTypes.Version, null, at, payload);
}
