namespace ThaiBinh.MotCua.Infrastructure.Outbox;

/// <summary>
/// The relay's statements. Every instant is the database's <c>now()</c>: several servers share that
/// clock, and the application's clock may be a test's frozen one.
/// </summary>
internal static class OutboxRelaySql
{
    /// <summary>The oldest messages not yet planned, locked for this planning transaction; others skip them.</summary>
    public const string ClaimUnplanned = """
        SELECT id, type, contract_version, dossier_id, occurred_at, payload::text
        FROM outbox_messages
        WHERE planned_at IS NULL AND NOT (id = ANY(@skip))
        ORDER BY position
        LIMIT @batch
        FOR UPDATE SKIP LOCKED
        """;

    public const string InsertDeliveries = """
        INSERT INTO outbox_deliveries (id, message_id, channel, recipient, ordering_key, state, attempts, next_attempt_at, created_at)
        SELECT d.id, d.message_id, d.channel, d.recipient, d.ordering_key, 'pending', 0, now(), now()
        FROM unnest(@ids, @messages, @channels, @recipients, @keys) AS d(id, message_id, channel, recipient, ordering_key)
        ON CONFLICT (message_id, channel, recipient) DO NOTHING
        """;

    public const string MarkPlanned = "UPDATE outbox_messages SET planned_at = now() WHERE id = ANY(@ids)";

    /// <summary>
    /// Due deliveries whose lease is free or expired, claimed in one statement. A delivery with an
    /// ordering key waits while an earlier delivery of that key is not delivered (dead ones do not
    /// block), and while an earlier message of its dossier is not planned yet (it may bring one).
    /// </summary>
    public const string ClaimDue = """
        UPDATE outbox_deliveries d
        SET claimed_until = now() + make_interval(secs => @lease), claim_token = @token, attempts = d.attempts + 1
        FROM outbox_messages m
        WHERE m.id = d.message_id AND d.id IN (
            SELECT c.id
            FROM outbox_deliveries c
            JOIN outbox_messages cm ON cm.id = c.message_id
            WHERE c.state = 'pending' AND c.next_attempt_at <= now()
              AND (c.claimed_until IS NULL OR c.claimed_until < now())
              AND (c.ordering_key IS NULL OR (
                  NOT EXISTS (
                      SELECT 1 FROM outbox_deliveries e JOIN outbox_messages em ON em.id = e.message_id
                      WHERE e.ordering_key = c.ordering_key AND e.state = 'pending' AND e.id <> c.id
                        AND em.position < cm.position)
                  AND NOT EXISTS (
                      SELECT 1 FROM outbox_messages u
                      WHERE u.planned_at IS NULL AND u.dossier_id = cm.dossier_id
                        AND u.position < cm.position)))
            ORDER BY c.next_attempt_at, cm.position
            LIMIT @batch
            FOR UPDATE OF c SKIP LOCKED)
        RETURNING d.id, d.message_id, m.type, m.contract_version, m.dossier_id, m.occurred_at, m.payload::text, d.channel, d.recipient, d.attempts
        """;

    // The outcomes: each guarded by the claim token, so a worker whose lease expired and whose
    // delivery another worker claimed since cannot overwrite the newer claim's outcome.
    public const string RecordDelivered = """
        UPDATE outbox_deliveries SET state = 'delivered', delivered_at = now(), claimed_until = NULL, claim_token = NULL
        WHERE id = @id AND claim_token = @token
        """;

    public const string RecordRetry = """
        UPDATE outbox_deliveries
        SET next_attempt_at = now() + make_interval(secs => @delay), last_error = @error, claimed_until = NULL, claim_token = NULL
        WHERE id = @id AND claim_token = @token
        """;

    public const string RecordDead = """
        UPDATE outbox_deliveries SET state = 'dead', dead_at = now(), last_error = @error, claimed_until = NULL, claim_token = NULL
        WHERE id = @id AND claim_token = @token
        """;
}
