using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Notifications;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Infrastructure.Notifications;
using ThaiBinh.MotCua.Simulators.Sms;
using ThaiBinh.MotCua.Simulators.Zalo;

namespace ThaiBinh.MotCua.Api.Tests.Notifications;

/// <summary>
/// The notice channels with the host's adapters over real HTTP and SMTP to the simulators; the
/// composer is <see cref="TestNoticeComposer"/> (these tests are about the channels, not the templates).
/// </summary>
public sealed class NotificationChannelTests(ApiFixture api) : ApiTest
{
    private readonly TestNoticeComposer _composer = new();

    private ZaloInbox Zalo => api.Simulators.Services.GetRequiredService<ZaloInbox>();

    private SmsInbox Sms => api.Simulators.Services.GetRequiredService<SmsInbox>();

    [Fact]
    public async Task A_follower_gets_the_Zalo_template_message_with_the_notice_fields()
    {
        var userId = Zalo.Follow("84961110001");
        var delivery = NotificationDeliveries.ResultReady("zalo", "0961110001");

        await Channel("zalo").DeliverAsync(delivery, CancellationToken.None);

        var message = Assert.Single(Zalo.Messages, m => m.TrackingId == delivery.Id.ToString("D"));
        Assert.Equal(userId, message.UserId);
        Assert.Equal("dvc-trang-thai-ho-so", message.TemplateId);
        Assert.Equal("Đã có kết quả", message.TemplateData!.Value.GetProperty("trang_thai").GetString());
        Assert.DoesNotContain(Sms.Messages, m => m.RequestId == delivery.Id.ToString("D"));
    }

    [Fact]
    public async Task A_phone_that_does_not_follow_the_account_gets_the_notice_by_SMS_with_the_same_key()
    {
        var delivery = NotificationDeliveries.ResultReady("zalo", "0912220002");

        await Channel("zalo").DeliverAsync(delivery, CancellationToken.None);

        var sms = Assert.Single(Sms.Messages, m => m.RequestId == delivery.Id.ToString("D"));
        Assert.Equal("84912220002", sms.Number);
        Assert.Equal("vinaphone", sms.Network);
        Assert.Contains((delivery.Id, "sms"), _composer.Composed);
        Assert.DoesNotContain(Zalo.Messages, m => m.TrackingId == delivery.Id.ToString("D"));
    }

    [Fact]
    public async Task A_refused_access_token_is_renewed_and_the_message_still_goes()
    {
        Zalo.Follow("84971110003");
        await Channel("zalo").DeliverAsync(NotificationDeliveries.ResultReady("zalo", "0971110003"), CancellationToken.None);
        var issued = Zalo.TokensIssued;
        Zalo.ExpireTokens();
        var delivery = NotificationDeliveries.ResultReady("zalo", "0971110003");

        await Channel("zalo").DeliverAsync(delivery, CancellationToken.None);

        Assert.Equal(issued + 1, Zalo.TokensIssued);
        Assert.Single(Zalo.Messages, m => m.TrackingId == delivery.Id.ToString("D"));
    }

    [Fact]
    public async Task A_Zalo_repeat_of_the_same_delivery_is_recorded_once()
    {
        Zalo.Follow("84981110004");
        var delivery = NotificationDeliveries.ResultReady("zalo", "0981110004");
        var received = Zalo.Received;

        await Channel("zalo").DeliverAsync(delivery, CancellationToken.None);
        await Channel("zalo").DeliverAsync(delivery with { Attempt = 2 }, CancellationToken.None);

        Assert.Equal(received + 2, Zalo.Received);
        Assert.Single(Zalo.Messages, m => m.TrackingId == delivery.Id.ToString("D"));
    }

    [Fact]
    public async Task The_sms_channel_sends_the_composed_text_to_the_recipient()
    {
        var delivery = NotificationDeliveries.ResultReady("sms", "0331230005");

        await Channel("sms").DeliverAsync(delivery, CancellationToken.None);

        var sms = Assert.Single(Sms.Messages, m => m.RequestId == delivery.Id.ToString("D"));
        Assert.Equal("84331230005", sms.Number);
        Assert.StartsWith("Ho so H", sms.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_email_channel_sends_the_composed_mail_with_the_delivery_as_message_id()
    {
        var delivery = NotificationDeliveries.ResultReady("email", "pham.thi.dung@example.vn");

        await Channel("email").DeliverAsync(delivery, CancellationToken.None);

        var inbox = api.Simulators.Services.GetRequiredService<ThaiBinh.MotCua.Simulators.Smtp.SmtpInbox>();
        var mail = Assert.Single(inbox.Messages, m => m.MessageId == $"{delivery.Id:D}@motcua.local");
        Assert.StartsWith("Thông báo hồ sơ H", mail.Subject, StringComparison.Ordinal);
    }

    private IOutboxChannel Channel(string name)
    {
        var services = api.Factory.Services;
        return name switch
        {
            "email" => new EmailChannel(_composer, services.GetRequiredService<IEmailSender>()),
            "sms" => new SmsChannel(_composer, services.GetRequiredService<ISmsSender>()),
            _ => new ZaloChannel(
                _composer, services.GetRequiredService<IZaloOfficialAccount>(), services.GetRequiredService<ISmsSender>(),
                NullLogger<ZaloChannel>.Instance),
        };
    }
}
