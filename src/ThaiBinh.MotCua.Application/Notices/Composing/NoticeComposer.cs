using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Notices.Templates;

namespace ThaiBinh.MotCua.Application.Notices.Composing;

/// <summary>
/// The text of a delivery from its template and its facts: email and Zalo as written, in Vietnamese
/// with diacritics; SMS folded to ASCII within two segments (<see cref="SmsText"/>). A template an
/// admin turned off after the delivery was planned is a permanent failure: nothing is sent.
/// </summary>
public sealed class NoticeComposer(IMotCuaDbContext db, NoticeFacts facts) : INoticeComposer
{
    public async ValueTask<ComposedNotice> ComposeAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        if (delivery.ContractVersion != OutboxMessageTypes.Version)
        {
            throw new DeliveryFailedException($"Thông báo {delivery.MessageType} theo phiên bản {delivery.ContractVersion} chưa được hỗ trợ.", permanent: true);
        }

        var template = await db.NoticeTemplates.AsNoTracking()
            .SingleOrDefaultAsync(t => t.MessageType == delivery.MessageType && t.Channel == delivery.Channel && t.IsActive, cancellationToken)
            ?? throw new DeliveryFailedException($"Không có mẫu thông báo {delivery.MessageType} đang dùng cho kênh {delivery.Channel}.", permanent: true);
        var values = await facts.OfAsync(delivery, cancellationToken);

        if (template.Channel != NoticeChannels.Sms)
        {
            return new ComposedNotice(
                template.Subject is null ? null : TemplateText.Fill(template.Subject, values),
                TemplateText.Fill(template.Body, values),
                values);
        }

        var body = SmsText.Compose(template.Body, values, NoticePlaceholders.For(template.MessageType))
            ?? throw new DeliveryFailedException(
                $"Tin nhắn {delivery.MessageType} của hồ sơ không vừa hai phần SMS kể cả khi rút gọn; hãy sửa mẫu.", permanent: true);
        return new ComposedNotice(null, body, values.ToDictionary(v => v.Key, v => SmsText.Fold(v.Value)));
    }
}
