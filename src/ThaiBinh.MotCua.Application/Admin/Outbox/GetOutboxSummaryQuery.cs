using Mediator;

namespace ThaiBinh.MotCua.Application.Admin.Outbox;

/// <summary>How the outbox stands: deliveries by channel and state, and how long the oldest pending one has waited.</summary>
public sealed record GetOutboxSummaryQuery : IQuery<OutboxSummaryDto>;

public sealed class GetOutboxSummaryQueryHandler(IOutboxDeliveries deliveries) : IQueryHandler<GetOutboxSummaryQuery, OutboxSummaryDto>
{
    public async ValueTask<OutboxSummaryDto> Handle(GetOutboxSummaryQuery query, CancellationToken cancellationToken) =>
        await deliveries.SummaryAsync(cancellationToken);
}
