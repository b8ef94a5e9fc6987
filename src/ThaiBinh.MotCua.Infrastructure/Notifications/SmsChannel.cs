using ThaiBinh.MotCua.Application.Notices.Templates;
using ThaiBinh.MotCua.Application.Common.Notifications;
using ThaiBinh.MotCua.Application.Common.Outbox;

namespace ThaiBinh.MotCua.Infrastructure.Notifications;

/// <summary>The "sms" channel: the composed notice (without diacritics) to the recipient's phone.</summary>
internal sealed class SmsChannel(INoticeComposer composer, ISmsSender sms) : IOutboxChannel
{
    public string Name => NoticeChannels.Sms;

    public async Task DeliverAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        var notice = await composer.ComposeAsync(delivery, cancellationToken);
        await sms.SendAsync(new SmsMessage(delivery.Recipient, notice.Body, delivery.Id), cancellationToken);
    }
}
