using ThaiBinh.MotCua.Application.Notices.Templates;
using Microsoft.Extensions.Logging;
using ThaiBinh.MotCua.Application.Common.Notifications;
using ThaiBinh.MotCua.Application.Common.Outbox;

namespace ThaiBinh.MotCua.Infrastructure.Notifications;

/// <summary>
/// The "zalo" channel: the recipient's phone is looked up among the account's followers; a follower
/// gets the Zalo message, anyone else the same notice by SMS (composed for "sms", sent with the same
/// idempotency key, so a repeat after a crash is still recognised by the hub).
/// </summary>
internal sealed partial class ZaloChannel(
    INoticeComposer composer, IZaloOfficialAccount zalo, ISmsSender sms, ILogger<ZaloChannel> logger) : IOutboxChannel
{
    public string Name => NoticeChannels.Zalo;

    public async Task DeliverAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        var userId = await zalo.FindFollowerAsync(delivery.Recipient, cancellationToken);
        if (userId is null)
        {
            LogFellBackToSms(delivery.Id, delivery.MessageType);
            var text = await composer.ComposeAsync(delivery with { Channel = "sms" }, cancellationToken);
            await sms.SendAsync(new SmsMessage(delivery.Recipient, text.Body, delivery.Id), cancellationToken);
            return;
        }

        var notice = await composer.ComposeAsync(delivery, cancellationToken);
        await zalo.SendAsync(new ZaloMessage(userId, notice.Body, notice.Fields, delivery.Id), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Delivery {DeliveryId} ({MessageType}): the phone does not follow the Zalo account, sent by SMS instead")]
    private partial void LogFellBackToSms(Guid deliveryId, string messageType);
}
