namespace ThaiBinh.MotCua.Infrastructure.Dossiers;

/// <summary>
/// Numbers dossiers logged before ledger numbers were stored, in the order the receipt used to count
/// them (per receiving office and Vietnam's year of receipt, by moment of receipt, then code), and
/// sets each office's year counter to its last entry so the next receipt continues the book. Run by
/// the migration that added the numbers and by the scale generator after a bulk load.
/// </summary>
internal static class DossierLedgerBackfill
{
    public const string Sql = """
        UPDATE dossiers d SET ledger_number = n.number
        FROM (SELECT id, row_number() OVER (
                  PARTITION BY receiving_office_id, extract(year FROM (received_at AT TIME ZONE 'UTC') + interval '7 hours')
                  ORDER BY received_at, code) AS number
              FROM dossiers) n
        WHERE d.id = n.id AND d.ledger_number IS DISTINCT FROM n.number;

        INSERT INTO dossier_ledger_counters (office_code, year, last_number)
        SELECT o.code, extract(year FROM (d.received_at AT TIME ZONE 'UTC') + interval '7 hours')::int, max(d.ledger_number)
        FROM dossiers d JOIN offices o ON o.id = d.receiving_office_id
        GROUP BY 1, 2
        ON CONFLICT (office_code, year) DO UPDATE SET last_number = excluded.last_number;
        """;
}
