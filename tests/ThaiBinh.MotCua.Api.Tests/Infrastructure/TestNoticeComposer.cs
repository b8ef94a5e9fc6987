using System.Collections.Concurrent;
using ThaiBinh.MotCua.Application.Common.Outbox;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>
/// A composer for the channel tests, which test the channels and their adapters, not the templates:
/// it writes a short notice per channel (SMS without diacritics) and remembers which channel each
/// delivery was composed for, so a test sees the Zalo channel's fallback compose for "sms".
/// </summary>
public sealed class TestNoticeComposer : INoticeComposer
{
    public ConcurrentQueue<(Guid DeliveryId, string Channel)> Composed { get; } = new();

    public ValueTask<ComposedNotice> ComposeAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        Composed.Enqueue((delivery.Id, delivery.Channel));
        var code = $"H{delivery.Id.ToString("N")[..8]}";
        var notice = delivery.Channel == "sms"
            ? new ComposedNotice(null, $"Ho so {code} da co ket qua. Moi ong/ba den nhan tai Bo phan Mot cua.", new Dictionary<string, string>())
            : new ComposedNotice(
                $"Thông báo hồ sơ {code} đã có kết quả",
                $"Hồ sơ {code} của ông/bà đã có kết quả. Mời ông/bà đến nhận tại Bộ phận Một cửa.",
                new Dictionary<string, string> { ["ma_ho_so"] = code, ["trang_thai"] = "Đã có kết quả" });
        return ValueTask.FromResult(notice);
    }
}
