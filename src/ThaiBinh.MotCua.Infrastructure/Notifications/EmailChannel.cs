using ThaiBinh.MotCua.Application.Notices.Templates;
using ThaiBinh.MotCua.Application.Common.Notifications;
using ThaiBinh.MotCua.Application.Common.Outbox;

namespace ThaiBinh.MotCua.Infrastructure.Notifications;

/// <summary>The "email" channel: the composed notice to the recipient's address.</summary>
internal sealed class EmailChannel(INoticeComposer composer, IEmailSender email) : IOutboxChannel
{
    public string Name => NoticeChannels.Email;

    public async Task DeliverAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        var notice = await composer.ComposeAsync(delivery, cancellationToken);
        if (string.IsNullOrWhiteSpace(notice.Subject))
        {
            throw new DeliveryFailedException($"Mẫu thư của {delivery.MessageType} không có tiêu đề", permanent: true);
        }

        await email.SendAsync(new EmailMessage(delivery.Recipient, notice.Subject, notice.Body, delivery.Id), cancellationToken);
    }
}
