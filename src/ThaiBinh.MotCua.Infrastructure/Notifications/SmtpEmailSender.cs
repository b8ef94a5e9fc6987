using System.Net.Sockets;
using System.Text;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using ThaiBinh.MotCua.Application.Common.Notifications;
using ThaiBinh.MotCua.Application.Common.Outbox;

namespace ThaiBinh.MotCua.Infrastructure.Notifications;

/// <summary>
/// Email over SMTP with MailKit, one connection per mail (the worker sends a few at a time, and a
/// connection kept open would outlive a server restart). The Message-ID is built from the
/// idempotency key, so the server (or a reader) recognises a repeat of the same delivery.
/// </summary>
internal sealed class SmtpEmailSender(IOptions<SmtpOptions> options, TimeProvider clock) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var mail = Build(message, settings);
        using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, ToSocketOptions(settings.Security), cancellationToken);
            if (!string.IsNullOrEmpty(settings.Username))
            {
                await client.AuthenticateAsync(settings.Username, settings.Password ?? "", cancellationToken);
            }

            await client.SendAsync(mail, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (SmtpCommandException e)
        {
            // 5xx on MAIL, RCPT or DATA: the server refuses this sender, recipient or content for good; 4xx: later.
            throw new DeliveryFailedException(
                $"Máy chủ thư từ chối ({(int)e.StatusCode}, {e.ErrorCode}): {e.Message}", permanent: (int)e.StatusCode >= 500, e);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested
            && e is SocketException or IOException or TimeoutException or OperationCanceledException
                or SmtpProtocolException or ServiceNotConnectedException or AuthenticationException or SslHandshakeException)
        {
            throw new DeliveryFailedException($"Không gửi được thư qua {settings.Host}:{settings.Port} ({e.GetType().Name}: {e.Message})", permanent: false, e);
        }
    }

    private MimeMessage Build(EmailMessage message, SmtpOptions settings)
    {
        if (!MailboxAddress.TryParse(message.To, out var to) || string.IsNullOrEmpty(to.Address) || !to.Address.Contains('@'))
        {
            throw new DeliveryFailedException($"Địa chỉ thư không hợp lệ: {message.To}", permanent: true);
        }

        var body = new TextPart("plain");
        body.SetText(Encoding.UTF8, message.Body);
        var mail = new MimeMessage
        {
            MessageId = $"{message.IdempotencyKey:D}@{settings.MessageIdDomain}",
            Date = clock.GetUtcNow(),
            Subject = message.Subject,
            Body = body,
        };
        mail.From.Add(new MailboxAddress(Encoding.UTF8, settings.FromName, settings.FromAddress));
        mail.To.Add(to);
        return mail;
    }

    private static SecureSocketOptions ToSocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };
}
