namespace ThaiBinh.MotCua.Infrastructure.Reports;

/// <summary>
/// Recounts the processing report's daily facts from every dossier. The rule of what a dossier adds
/// to them lives in two SQL functions the ProcessingFacts migration created, and only there:
/// <list type="bullet">
/// <item><c>report_flows_of</c>: to its day of receipt (Vietnam's day), received by channel or not
/// accepted; to the day it ended, resolved early / on time / late, refused after appraisal,
/// withdrawn, stopped, and on time by the national index;</item>
/// <item><c>report_open_days_of</c>: once ended, to each day after its receipt up to the day it
/// ended, that it was open as the day began, and whether it was overdue / on time by the index
/// then. A dossier not ended yet adds nothing there: the report reads those live.</item>
/// </list>
/// The trigger <c>dossiers_keep_report_facts</c> adds the NEW row's part and takes away the OLD
/// row's in the transaction of every insert, update of a counted column, or delete of a dossier.
/// This recount is for rows written with triggers off: the migration's existing dossiers and the
/// scale generator's bulk load (session_replication_role = replica).
/// </summary>
internal static class ReportFactsBackfill
{
    public const string Sql = """
        TRUNCATE report_daily_flows, report_daily_open;

        INSERT INTO report_daily_flows (day, office_id, procedure_code, received_direct, received_online, received_postal,
            not_accepted, resolved_early, resolved_on_time, resolved_late, refused_after_appraisal, withdrawn, stopped, index_on_time)
        SELECT f.day, f.office_id, f.procedure_code, sum(f.received_direct), sum(f.received_online), sum(f.received_postal),
            sum(f.not_accepted), sum(f.resolved_early), sum(f.resolved_on_time), sum(f.resolved_late),
            sum(f.refused_after_appraisal), sum(f.withdrawn), sum(f.stopped), sum(f.index_on_time)
        FROM dossiers d
        CROSS JOIN LATERAL report_flows_of(d.received_at, d.ended_at, d.due_at, d.receiving_office_id, d.procedure_code,
            d.channel, d.status, d.outcome, d.supplement_request_count, d.paused_at) f
        GROUP BY f.day, f.office_id, f.procedure_code
        ORDER BY f.day, f.office_id, f.procedure_code;

        INSERT INTO report_daily_open (day, office_id, procedure_code, open_dossiers, overdue, index_on_time)
        SELECT f.day, f.office_id, f.procedure_code, sum(f.open_dossiers), sum(f.overdue), sum(f.index_on_time)
        FROM dossiers d
        CROSS JOIN LATERAL report_open_days_of(d.received_at, d.ended_at, d.due_at, d.receiving_office_id, d.procedure_code,
            d.channel, d.status, d.outcome, d.supplement_request_count, d.paused_at) f
        GROUP BY f.day, f.office_id, f.procedure_code
        ORDER BY f.day, f.office_id, f.procedure_code;

        ANALYZE report_daily_flows, report_daily_open;
        """;
}
