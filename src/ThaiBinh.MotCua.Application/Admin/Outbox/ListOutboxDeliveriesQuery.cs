using Mediator;

namespace ThaiBinh.MotCua.Application.Admin.Outbox;

/// <summary>A page of deliveries, newest first, optionally of one state (pending, delivered, dead) and one channel.</summary>
public sealed record ListOutboxDeliveriesQuery(string? State, string? Channel, int? Page, int? PageSize) : IQuery<OutboxDeliveryPageDto>;

public sealed class ListOutboxDeliveriesQueryHandler(IOutboxDeliveries deliveries) : IQueryHandler<ListOutboxDeliveriesQuery, OutboxDeliveryPageDto>
{
    public const int DefaultPageSize = 50;

    public async ValueTask<OutboxDeliveryPageDto> Handle(ListOutboxDeliveriesQuery query, CancellationToken cancellationToken)
    {
        var page = await deliveries.PageAsync(query.State, query.Channel, query.Page ?? 1, query.PageSize ?? DefaultPageSize, cancellationToken);
        return page with { Items = [.. page.Items.Select(d => d with { Recipient = RecipientMask.Of(d.Recipient) })] };
    }
}
