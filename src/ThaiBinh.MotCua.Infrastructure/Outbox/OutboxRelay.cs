using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using ThaiBinh.MotCua.Application.Common.Outbox;

namespace ThaiBinh.MotCua.Infrastructure.Outbox;

/// <summary>
/// Plans committed messages into deliveries and sends the due ones, a batch at a time (see
/// <see cref="OutboxRelaySql"/> for the claims). No outgoing call happens inside a transaction: the
/// claim commits first, the channel is called, then the outcome is recorded under the claim token.
/// A message a planner failed on stays unplanned; this relay (one per scope) skips it for the rest
/// of its life, so one bad message does not hold a batch, and the next run tries it again.
/// </summary>
public sealed class OutboxRelay(
    OutboxDatabase database,
    IEnumerable<IDeliveryPlanner> planners,
    IEnumerable<IOutboxChannel> channels,
    OutboxOptions options,
    ILogger<OutboxRelay> logger) : IOutboxRelay
{
    private readonly IReadOnlyList<IDeliveryPlanner> _planners = [.. planners];
    private readonly Dictionary<string, IOutboxChannel> _channels = channels.ToDictionary(c => c.Name, StringComparer.Ordinal);
    private readonly HashSet<Guid> _unplannable = [];
    private int _delivered;
    private int _retrying;
    private int _dead;

    public async Task<int> PlanAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var messages = await ClaimUnplannedAsync(connection, cancellationToken);
        var planned = new List<Guid>();
        var deliveries = new List<(Guid MessageId, PlannedDelivery Delivery)>();
        foreach (var message in messages)
        {
            var plan = await TryPlanAsync(message, cancellationToken);
            if (plan is null)
            {
                _unplannable.Add(message.Id);
                continue;
            }

            planned.Add(message.Id);
            deliveries.AddRange(plan.DistinctBy(d => (d.Channel, d.Recipient)).Select(d => (message.Id, d)));
        }

        if (deliveries.Count > 0)
        {
            await using var insert = new NpgsqlCommand(OutboxRelaySql.InsertDeliveries, connection);
            insert.Parameters.AddWithValue("ids", deliveries.Select(_ => Guid.CreateVersion7()).ToArray());
            insert.Parameters.AddWithValue("messages", deliveries.Select(d => d.MessageId).ToArray());
            insert.Parameters.AddWithValue("channels", deliveries.Select(d => d.Delivery.Channel).ToArray());
            insert.Parameters.AddWithValue("recipients", deliveries.Select(d => d.Delivery.Recipient).ToArray());
            insert.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Text)
            {
                Value = deliveries.Select(d => (object?)d.Delivery.OrderingKey ?? DBNull.Value).ToArray(),
            });
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        if (planned.Count > 0)
        {
            await using var mark = new NpgsqlCommand(OutboxRelaySql.MarkPlanned, connection);
            mark.Parameters.AddWithValue("ids", planned.ToArray());
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return planned.Count;
    }

    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid();
        var claimed = await ClaimDueAsync(token, cancellationToken);
        foreach (var delivery in claimed)
        {
            await DeliverAsync(delivery, token, cancellationToken);
        }

        return claimed.Count;
    }

    public async Task<RelayRun> RunUntilIdleAsync(CancellationToken cancellationToken)
    {
        var (delivered, retrying, dead) = (_delivered, _retrying, _dead);
        var (planned, attempted) = (0, 0);
        while (true)
        {
            var plannedNow = await PlanAsync(cancellationToken);
            var attemptedNow = await DeliverDueAsync(cancellationToken);
            planned += plannedNow;
            attempted += attemptedNow;
            if (plannedNow == 0 && attemptedNow == 0)
            {
                return new RelayRun(planned, attempted, _delivered - delivered, _retrying - retrying, _dead - dead);
            }
        }
    }

    private async Task<List<OutboxEnvelope>> ClaimUnplannedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(OutboxRelaySql.ClaimUnplanned, connection);
        command.Parameters.AddWithValue("skip", _unplannable.ToArray());
        command.Parameters.AddWithValue("batch", options.BatchSize);
        var messages = new List<OutboxEnvelope>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            messages.Add(new OutboxEnvelope(
                reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetGuid(3),
                reader.GetFieldValue<DateTimeOffset>(4), reader.GetString(5)));
        }

        return messages;
    }

    private async Task<List<PlannedDelivery>?> TryPlanAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        var plan = new List<PlannedDelivery>();
        foreach (var planner in _planners)
        {
            try
            {
                plan.AddRange(await planner.PlanAsync(message, cancellationToken));
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(exception, "Planner {Planner} failed on outbox message {MessageId} ({Type}); it stays unplanned and is tried again later",
                    planner.GetType().Name, message.Id, message.Type);
                return null;
            }
        }

        return plan;
    }

    private async Task<List<OutboxDelivery>> ClaimDueAsync(Guid token, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(OutboxRelaySql.ClaimDue, connection);
        command.Parameters.AddWithValue("lease", (double)options.LeaseSeconds);
        command.Parameters.AddWithValue("token", token);
        command.Parameters.AddWithValue("batch", options.BatchSize);
        var claimed = new List<OutboxDelivery>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new OutboxDelivery(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetGuid(4),
                reader.GetFieldValue<DateTimeOffset>(5), reader.GetString(6), reader.GetString(7), reader.GetString(8), reader.GetInt32(9)));
        }

        return claimed;
    }

    private async Task DeliverAsync(OutboxDelivery delivery, Guid token, CancellationToken cancellationToken)
    {
        if (!_channels.TryGetValue(delivery.Channel, out var channel))
        {
            await RecordAsync(Outcome.Dead, delivery, token, $"Không có kênh gửi \"{delivery.Channel}\" trong hệ thống.", null, cancellationToken);
            return;
        }

        try
        {
            await channel.DeliverAsync(delivery, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // shutting down: the lease expires and another try sends it with the same id
        }
        catch (Exception exception)
        {
            var reason = Trim(exception is DeliveryFailedException ? exception.Message : $"{exception.GetType().Name}: {exception.Message}");
            var permanent = exception is DeliveryFailedException { Permanent: true };
            logger.LogWarning("Delivery {DeliveryId} to {Channel} failed on attempt {Attempt}: {Reason}", delivery.Id, delivery.Channel, delivery.Attempt, reason);
            if (permanent || delivery.Attempt >= options.MaxAttempts)
            {
                await RecordAsync(Outcome.Dead, delivery, token, reason, null, cancellationToken);
            }
            else
            {
                await RecordAsync(Outcome.Retrying, delivery, token, reason, RetryBackoff.SecondsAfter(delivery.Attempt, options, Random.Shared), cancellationToken);
            }

            return;
        }

        await RecordAsync(Outcome.Delivered, delivery, token, null, null, cancellationToken);
    }

    private async Task RecordAsync(Outcome outcome, OutboxDelivery delivery, Guid token, string? error, double? delay, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var sql = outcome switch
        {
            Outcome.Delivered => OutboxRelaySql.RecordDelivered,
            Outcome.Retrying => OutboxRelaySql.RecordRetry,
            _ => OutboxRelaySql.RecordDead,
        };
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", delivery.Id);
        command.Parameters.AddWithValue("token", token);
        if (error is not null)
        {
            command.Parameters.AddWithValue("error", error);
        }

        if (delay is { } seconds)
        {
            command.Parameters.AddWithValue("delay", seconds);
        }

        var recorded = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        if (!recorded)
        {
            logger.LogWarning("Delivery {DeliveryId}: the lease expired and another worker claimed it; this outcome is not recorded", delivery.Id);
            return;
        }

        _ = outcome switch
        {
            Outcome.Delivered => ++_delivered,
            Outcome.Retrying => ++_retrying,
            _ => ++_dead,
        };
    }

    private enum Outcome
    {
        Delivered,
        Retrying,
        Dead,
    }

    private static string Trim(string reason) =>
        reason.Length <= OutboxDeliveryRecord.MaxErrorLength ? reason : reason[..(OutboxDeliveryRecord.MaxErrorLength - 1)] + "…";
}
