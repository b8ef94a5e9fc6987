using ThaiBinh.MotCua.Application.Common.Outbox;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>Deliveries as the worker would hand them to a notice channel, each with its own idempotency key.</summary>
public static class NotificationDeliveries
{
    public static OutboxDelivery ResultReady(string channel, string recipient)
    {
        var dossierId = Guid.NewGuid();
        var at = new DateTimeOffset(2025, 6, 2, 8, 0, 0, TimeSpan.FromHours(7));
        var payload = OutboxContracts.Write(new OutboxContracts.DossierEventV1(
            dossierId, "H34.001-250602-0001", "assess", 3, 4, 5, at, at.AddDays(5), null, null, null));
        return new OutboxDelivery(
            Guid.NewGuid(), Guid.NewGuid(), OutboxMessageTypes.ResultReady, OutboxMessageTypes.Version, dossierId, at, payload, channel, recipient, 1);
    }
}
