using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Infrastructure.Outbox;

namespace ThaiBinh.MotCua.Api.Tests.Outbox;

/// <summary>The test database's outbox, read and written directly, and relays built over the test's own planners and channels.</summary>
internal sealed class OutboxTable(string connectionString) : IAsyncDisposable
{
    private readonly OutboxDatabase _database = new(connectionString);

    public OutboxDatabase Database => _database;

    /// <summary>Options small enough for a test: retries within a second, three tries.</summary>
    public static OutboxOptions Quick(int maxAttempts = 3, int leaseSeconds = 120, double retryBaseSeconds = 100) => new()
    {
        BatchSize = 20,
        MaxAttempts = maxAttempts,
        LeaseSeconds = leaseSeconds,
        RetryBaseSeconds = retryBaseSeconds,
        RetryMaxSeconds = 10_000,
    };

    public OutboxRelay Relay(OutboxOptions options, IDeliveryPlanner planner, params IOutboxChannel[] channels) =>
        new(_database, [planner], channels, options, NullLogger<OutboxRelay>.Instance);

    /// <summary>What earlier tests left: every message counted as planned, no delivery.</summary>
    public Task ForgetEarlierAsync() => ExecuteAsync("DELETE FROM outbox_deliveries; UPDATE outbox_messages SET planned_at = now() WHERE planned_at IS NULL");

    /// <summary>Messages one millisecond apart, in order, of one dossier (or none).</summary>
    public async Task<List<Guid>> InsertMessagesAsync(int count, Guid? dossierId = null)
    {
        var ids = new List<Guid>();
        var start = DateTimeOffset.UtcNow;
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        for (var i = 0; i < count; i++)
        {
            var id = Guid.CreateVersion7();
            await using var insert = new NpgsqlCommand(
                "INSERT INTO outbox_messages (id, type, contract_version, occurred_at, dossier_id, payload) VALUES (@id, 'test.event', 1, @at, @dossier, '{}'::jsonb)", connection);
            insert.Parameters.AddWithValue("id", id);
            insert.Parameters.AddWithValue("at", start.AddMilliseconds(i));
            insert.Parameters.AddWithValue("dossier", (object?)dossierId ?? DBNull.Value);
            await insert.ExecuteNonQueryAsync();
            ids.Add(id);
        }

        return ids;
    }

    public async Task<List<DeliveryRow>> DeliveriesAsync()
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(
            """
            SELECT id, message_id, channel, recipient, ordering_key, state, attempts, last_error,
                   extract(epoch FROM next_attempt_at - now())::float8, claimed_until IS NOT NULL
            FROM outbox_deliveries ORDER BY created_at, id
            """, connection);
        var rows = new List<DeliveryRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new DeliveryRow(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5), reader.GetInt32(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetDouble(8), reader.GetBoolean(9)));
        }

        return rows;
    }

    /// <summary>Makes every pending delivery due now, instead of waiting out its backoff.</summary>
    public Task MakeDueAsync() => ExecuteAsync("UPDATE outbox_deliveries SET next_attempt_at = now() WHERE state = 'pending'");

    public async Task<bool> IsPlannedAsync(Guid messageId)
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand("SELECT planned_at IS NOT NULL FROM outbox_messages WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", messageId);
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    /// <summary><c>DueInSeconds</c>: next try minus the database's now.</summary>
    public sealed record DeliveryRow(
        Guid Id, Guid MessageId, string Channel, string Recipient, string? OrderingKey, string State, int Attempts, string? LastError, double DueInSeconds, bool Claimed);
}
