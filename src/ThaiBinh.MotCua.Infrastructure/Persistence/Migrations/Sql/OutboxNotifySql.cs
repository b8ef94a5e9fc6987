namespace ThaiBinh.MotCua.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// Wakes the delivery workers when messages are written: <c>pg_notify</c> is delivered at commit,
/// so a listening worker plans the message as soon as the dossier's transaction is done instead of
/// at its next poll. Once per statement, not per row: the payload is empty, the wake-up is the point.
/// </summary>
internal static class OutboxNotifySql
{
    public const string Channel = "outbox";

    public const string Up = """
        CREATE FUNCTION outbox_messages_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('outbox', '');
            RETURN NULL;
        END
        $$;
        CREATE TRIGGER outbox_messages_notify AFTER INSERT ON outbox_messages
            FOR EACH STATEMENT EXECUTE FUNCTION outbox_messages_notify();
        """;

    public const string Down = """
        DROP TRIGGER outbox_messages_notify ON outbox_messages;
        DROP FUNCTION outbox_messages_notify();
        """;
}
