using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Notifications;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Simulators.Smtp;

namespace ThaiBinh.MotCua.Api.Tests.Notifications;

/// <summary>The host's email adapter over real SMTP to the simulator's server.</summary>
public sealed class SmtpEmailSenderTests(ApiFixture api) : ApiTest
{
    private const string Subject = "Thông báo hồ sơ H34.001-250602-0001 đã có kết quả";
    private const string Body = "Kính gửi ông Nguyễn Văn Ấn,\nHồ sơ của ông đã có kết quả. Mời ông đến Bộ phận Một cửa tỉnh Thái Bình để nhận.";

    private IEmailSender Sender => api.Factory.Services.GetRequiredService<IEmailSender>();

    private SmtpInbox Inbox => api.Simulators.Services.GetRequiredService<SmtpInbox>();

    private SmtpListener Listener => api.Simulators.Services.GetRequiredService<SmtpListener>();

    [Fact]
    public async Task A_Vietnamese_mail_arrives_with_its_diacritics_an_encoded_subject_and_the_key_as_message_id()
    {
        var key = Guid.NewGuid();

        await Sender.SendAsync(new EmailMessage("nguyen.van.an@example.vn", Subject, Body, key), CancellationToken.None);

        var mail = Assert.Single(Inbox.Messages, m => m.MessageId == $"{key:D}@motcua.local");
        Assert.Equal(Subject, mail.Subject);
        Assert.StartsWith("=?utf-8?", mail.RawSubject, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Body, mail.TextBody.ReplaceLineEndings("\n").TrimEnd('\n'));
        Assert.Equal("utf-8", mail.Charset, ignoreCase: true);
        Assert.Equal(["nguyen.van.an@example.vn"], mail.To);
        Assert.Contains("motcua@thaibinh.gov.vn", mail.From, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repeat_with_the_same_key_is_accepted_and_stored_once()
    {
        var key = Guid.NewGuid();
        var received = Inbox.Received;

        await Sender.SendAsync(new EmailMessage("tran.thi.binh@example.vn", Subject, Body, key), CancellationToken.None);
        await Sender.SendAsync(new EmailMessage("tran.thi.binh@example.vn", Subject, Body, key), CancellationToken.None);

        Assert.Equal(received + 2, Inbox.Received);
        Assert.Single(Inbox.Messages, m => m.MessageId == $"{key:D}@motcua.local");
    }

    [Fact]
    public async Task A_server_down_fails_transiently_and_the_same_mail_passes_once_it_is_back()
    {
        var mail = new EmailMessage("le.van.cuong@example.vn", Subject, Body, Guid.NewGuid());
        await Listener.StopListeningAsync();
        try
        {
            var failure = await Assert.ThrowsAsync<DeliveryFailedException>(() => Sender.SendAsync(mail, CancellationToken.None));
            Assert.False(failure.Permanent);
            Assert.DoesNotContain(Inbox.Messages, m => m.MessageId == $"{mail.IdempotencyKey:D}@motcua.local");
        }
        finally
        {
            await Listener.StartListeningAsync();
        }

        await Sender.SendAsync(mail, CancellationToken.None);

        Assert.Single(Inbox.Messages, m => m.MessageId == $"{mail.IdempotencyKey:D}@motcua.local");
    }

    [Fact]
    public async Task A_recipient_the_server_refuses_is_a_permanent_failure()
    {
        var failure = await Assert.ThrowsAsync<DeliveryFailedException>(() =>
            Sender.SendAsync(new EmailMessage("nguoi.dan@khong-ton-tai.invalid", Subject, Body, Guid.NewGuid()), CancellationToken.None));

        Assert.True(failure.Permanent);
        Assert.Contains("550", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_that_is_not_one_is_a_permanent_failure_before_any_connection()
    {
        var received = Inbox.Received;

        var failure = await Assert.ThrowsAsync<DeliveryFailedException>(() =>
            Sender.SendAsync(new EmailMessage("khong phai dia chi", Subject, Body, Guid.NewGuid()), CancellationToken.None));

        Assert.True(failure.Permanent);
        Assert.Equal(received, Inbox.Received);
    }
}
