using Npgsql;
using ThaiBinh.MotCua.Application.Admin.Outbox;

namespace ThaiBinh.MotCua.Infrastructure.Outbox;

/// <summary>The admin's reads and retries of deliveries, by SQL on the database's clock (the one the worker uses).</summary>
internal sealed class OutboxDeliveriesStore(OutboxDatabase database) : IOutboxDeliveries
{
    private const string Counts = "SELECT channel, state, count(*)::int FROM outbox_deliveries GROUP BY channel, state ORDER BY channel, state";

    private const string OldestPending = """
        SELECT min(created_at), extract(epoch FROM now() - min(created_at))::float8 FROM outbox_deliveries WHERE state = 'pending'
        """;

    private const string Page = """
        SELECT d.id, d.message_id, m.type, o.code, d.channel, d.recipient, d.state, d.attempts, d.last_error,
               CASE WHEN d.state = 'pending' THEN d.next_attempt_at END, d.created_at, d.delivered_at, d.dead_at,
               count(*) OVER ()::int
        FROM outbox_deliveries d
        JOIN outbox_messages m ON m.id = d.message_id
        LEFT JOIN dossiers o ON o.id = m.dossier_id
        WHERE (@state::text IS NULL OR d.state = @state) AND (@channel::text IS NULL OR d.channel = @channel)
        ORDER BY d.created_at DESC, d.id DESC
        OFFSET @skip LIMIT @take
        """;

    /// <summary>A dead one back to pending; anything else is left as it is and reported (the CTE tells "unknown" from "not dead").</summary>
    private const string Retry = """
        WITH found AS (SELECT id, state FROM outbox_deliveries WHERE id = @id),
        retried AS (
            UPDATE outbox_deliveries SET state = 'pending', attempts = 0, next_attempt_at = now(), dead_at = NULL, claimed_until = NULL, claim_token = NULL
            WHERE id = @id AND state = 'dead'
            RETURNING id)
        SELECT (SELECT state FROM found), EXISTS (SELECT 1 FROM retried)
        """;

    public async Task<OutboxSummaryDto> SummaryAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var counts = new List<OutboxCountDto>();
        await using (var command = new NpgsqlCommand(Counts, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                counts.Add(new OutboxCountDto(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
            }
        }

        await using var oldest = new NpgsqlCommand(OldestPending, connection);
        await using var row = await oldest.ExecuteReaderAsync(cancellationToken);
        await row.ReadAsync(cancellationToken);
        return new OutboxSummaryDto(
            counts, row.IsDBNull(0) ? null : row.GetFieldValue<DateTimeOffset>(0), row.IsDBNull(1) ? null : row.GetDouble(1));
    }

    public async Task<OutboxDeliveryPageDto> PageAsync(string? state, string? channel, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Page, connection);
        command.Parameters.AddWithValue("state", (object?)state ?? DBNull.Value);
        command.Parameters.AddWithValue("channel", (object?)channel ?? DBNull.Value);
        command.Parameters.AddWithValue("skip", (long)(page - 1) * pageSize);
        command.Parameters.AddWithValue("take", pageSize);
        var items = new List<OutboxDeliveryDto>();
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new OutboxDeliveryDto(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), NullableString(reader, 3), reader.GetString(4), reader.GetString(5),
                reader.GetString(6), reader.GetInt32(7), NullableString(reader, 8), NullableInstant(reader, 9), reader.GetFieldValue<DateTimeOffset>(10),
                NullableInstant(reader, 11), NullableInstant(reader, 12)));
            total = reader.GetInt32(13);
        }

        if (items.Count == 0 && page > 1)
        {
            total = await CountAsync(connection, state, channel, cancellationToken);
        }

        return new OutboxDeliveryPageDto(items, page, pageSize, total);
    }

    public async Task<RetryOutcome> RetryAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Retry, connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return reader.IsDBNull(0) ? RetryOutcome.NotFound : reader.GetBoolean(1) ? RetryOutcome.Retried : RetryOutcome.NotDead;
    }

    private static async Task<int> CountAsync(NpgsqlConnection connection, string? state, string? channel, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT count(*)::int FROM outbox_deliveries WHERE (@state::text IS NULL OR state = @state) AND (@channel::text IS NULL OR channel = @channel)", connection);
        command.Parameters.AddWithValue("state", (object?)state ?? DBNull.Value);
        command.Parameters.AddWithValue("channel", (object?)channel ?? DBNull.Value);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTimeOffset? NullableInstant(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);
}
