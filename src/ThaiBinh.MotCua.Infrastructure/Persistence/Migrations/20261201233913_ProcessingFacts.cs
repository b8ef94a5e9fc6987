using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The processing report's daily facts, kept by a trigger on dossiers in the transaction of every
    /// write, and backfilled from the dossiers there are. A trigger rather than code in the unit of
    /// work: it sees every write path (EF's, the set-based jobs', a fix by hand in psql) and the rule
    /// is one SQL function the trigger and the backfill share; the handlers do not change.
    /// </summary>
    public partial class ProcessingFacts : Migration
    {
        // Columns a dossier's contribution depends on: the trigger fires on an UPDATE of any of them.
        private const string Arguments = "received_at timestamptz, ended_at timestamptz, due_at timestamptz, office_id uuid, "
            + "procedure_code varchar, channel integer, status integer, outcome varchar, supplement_request_count integer, paused_at timestamptz";

        private const string Schema = $"""
            CREATE TABLE report_daily_flows (
                day date NOT NULL,
                office_id uuid NOT NULL,
                procedure_code character varying(32) NOT NULL,
                received_direct integer NOT NULL,
                received_online integer NOT NULL,
                received_postal integer NOT NULL,
                not_accepted integer NOT NULL,
                resolved_early integer NOT NULL,
                resolved_on_time integer NOT NULL,
                resolved_late integer NOT NULL,
                refused_after_appraisal integer NOT NULL,
                withdrawn integer NOT NULL,
                stopped integer NOT NULL,
                index_on_time integer NOT NULL,
                CONSTRAINT pk_report_daily_flows PRIMARY KEY (day, office_id, procedure_code)
            );

            CREATE TABLE report_daily_open (
                day date NOT NULL,
                office_id uuid NOT NULL,
                procedure_code character varying(32) NOT NULL,
                open_dossiers integer NOT NULL,
                overdue integer NOT NULL,
                index_on_time integer NOT NULL,
                CONSTRAINT pk_report_daily_open PRIMARY KEY (day, office_id, procedure_code)
            );

            -- What one dossier adds to its day of receipt and to the day it ended (Vietnam's days: UTC+7
            -- all year, the fixed offset the report always used). The figures are the dossier query's:
            -- status 3 (not accepted) has no clock and counts only as refused at reception; early / on
            -- time compare Vietnamese days as TimelinessRules does; on time by the national index is
            -- ended by the due moment after at most one supplement request.
            CREATE FUNCTION report_flows_of({Arguments})
            RETURNS TABLE (day date, office_id uuid, procedure_code varchar, received_direct integer, received_online integer,
                received_postal integer, not_accepted integer, resolved_early integer, resolved_on_time integer, resolved_late integer,
                refused_after_appraisal integer, withdrawn integer, stopped integer, index_on_time integer)
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                SELECT (received_at AT TIME ZONE INTERVAL '07:00')::date, office_id, procedure_code,
                    (status <> 3 AND channel = 1)::int, (status <> 3 AND channel = 2)::int, (status <> 3 AND channel = 3)::int,
                    (status = 3)::int, 0, 0, 0, 0, 0, 0, 0
                WHERE received_at IS NOT NULL
                UNION ALL
                SELECT (ended_at AT TIME ZONE INTERVAL '07:00')::date, office_id, procedure_code, 0, 0, 0, 0,
                    ((e.resolved AND NOT e.late AND e.before_due_day) IS TRUE)::int,
                    ((e.resolved AND NOT e.late AND NOT e.before_due_day) IS TRUE)::int,
                    ((e.resolved AND e.late) IS TRUE)::int,
                    (e.resolved AND outcome = 'Refused')::int,
                    (status = 7)::int,
                    (status = 8)::int,
                    ((supplement_request_count <= 1 AND ended_at <= due_at) IS TRUE)::int
                FROM (SELECT status IN (9, 10) AS resolved,
                          ended_at > due_at AS late,
                          (ended_at AT TIME ZONE INTERVAL '07:00')::date < (due_at AT TIME ZONE INTERVAL '07:00')::date AS before_due_day) e
                WHERE ended_at IS NOT NULL AND status <> 3
            $$;

            -- What one ended dossier adds to each day after its day of receipt up to the day it ended:
            -- it was open as that day began, and overdue or on time by the national index at that
            -- moment (the wait for a supplement stops the index's clock where it began). A dossier not
            -- ended yet adds nothing: the report judges those live, at the end of its period or now.
            CREATE FUNCTION report_open_days_of({Arguments})
            RETURNS TABLE (day date, office_id uuid, procedure_code varchar, open_dossiers integer, overdue integer, index_on_time integer)
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                SELECT m.day, office_id, procedure_code, 1,
                    ((due_at < m.measured_at) IS TRUE)::int,
                    ((supplement_request_count <= 1 AND m.measured_at <= due_at) IS TRUE)::int
                FROM (SELECT s.day, CASE WHEN paused_at < s.starts_at THEN paused_at ELSE s.starts_at END AS measured_at
                      FROM (SELECT r.day, r.day::timestamp AT TIME ZONE INTERVAL '07:00' AS starts_at
                            FROM (SELECT (received_at AT TIME ZONE INTERVAL '07:00')::date + n AS day
                                  FROM generate_series(1, (ended_at AT TIME ZONE INTERVAL '07:00')::date
                                      - (received_at AT TIME ZONE INTERVAL '07:00')::date) n) r) s) m
                WHERE ended_at IS NOT NULL AND status <> 3
            $$;

            -- The NEW row's part added, the OLD row's taken away (either is NULL on insert and delete and
            -- adds nothing); groups whose change adds up to nothing are not written, so an update that
            -- changes no figure (received to in progress, result ready to returned) writes no fact. Rows
            -- in key order, so two transactions lock shared fact rows in the same order.
            CREATE FUNCTION dossiers_keep_report_facts() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO report_daily_flows AS t (day, office_id, procedure_code, received_direct, received_online, received_postal,
                    not_accepted, resolved_early, resolved_on_time, resolved_late, refused_after_appraisal, withdrawn, stopped, index_on_time)
                SELECT * FROM (
                    SELECT c.day, c.office_id, c.procedure_code,
                        sum(c.sign * c.received_direct)::int AS received_direct, sum(c.sign * c.received_online)::int AS received_online,
                        sum(c.sign * c.received_postal)::int AS received_postal, sum(c.sign * c.not_accepted)::int AS not_accepted,
                        sum(c.sign * c.resolved_early)::int AS resolved_early, sum(c.sign * c.resolved_on_time)::int AS resolved_on_time,
                        sum(c.sign * c.resolved_late)::int AS resolved_late, sum(c.sign * c.refused_after_appraisal)::int AS refused_after_appraisal,
                        sum(c.sign * c.withdrawn)::int AS withdrawn, sum(c.sign * c.stopped)::int AS stopped,
                        sum(c.sign * c.index_on_time)::int AS index_on_time
                    FROM (SELECT 1 AS sign, f.* FROM report_flows_of(NEW.received_at, NEW.ended_at, NEW.due_at, NEW.receiving_office_id,
                              NEW.procedure_code, NEW.channel, NEW.status, NEW.outcome, NEW.supplement_request_count, NEW.paused_at) f
                          UNION ALL
                          SELECT -1, f.* FROM report_flows_of(OLD.received_at, OLD.ended_at, OLD.due_at, OLD.receiving_office_id,
                              OLD.procedure_code, OLD.channel, OLD.status, OLD.outcome, OLD.supplement_request_count, OLD.paused_at) f) c
                    GROUP BY c.day, c.office_id, c.procedure_code) d
                WHERE (d.received_direct, d.received_online, d.received_postal, d.not_accepted, d.resolved_early, d.resolved_on_time,
                       d.resolved_late, d.refused_after_appraisal, d.withdrawn, d.stopped, d.index_on_time)
                   <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
                ORDER BY d.day, d.office_id, d.procedure_code
                ON CONFLICT (day, office_id, procedure_code) DO UPDATE SET
                    received_direct = t.received_direct + excluded.received_direct,
                    received_online = t.received_online + excluded.received_online,
                    received_postal = t.received_postal + excluded.received_postal,
                    not_accepted = t.not_accepted + excluded.not_accepted,
                    resolved_early = t.resolved_early + excluded.resolved_early,
                    resolved_on_time = t.resolved_on_time + excluded.resolved_on_time,
                    resolved_late = t.resolved_late + excluded.resolved_late,
                    refused_after_appraisal = t.refused_after_appraisal + excluded.refused_after_appraisal,
                    withdrawn = t.withdrawn + excluded.withdrawn,
                    stopped = t.stopped + excluded.stopped,
                    index_on_time = t.index_on_time + excluded.index_on_time;

                INSERT INTO report_daily_open AS t (day, office_id, procedure_code, open_dossiers, overdue, index_on_time)
                SELECT * FROM (
                    SELECT c.day, c.office_id, c.procedure_code, sum(c.sign * c.open_dossiers)::int AS open_dossiers,
                        sum(c.sign * c.overdue)::int AS overdue, sum(c.sign * c.index_on_time)::int AS index_on_time
                    FROM (SELECT 1 AS sign, f.* FROM report_open_days_of(NEW.received_at, NEW.ended_at, NEW.due_at, NEW.receiving_office_id,
                              NEW.procedure_code, NEW.channel, NEW.status, NEW.outcome, NEW.supplement_request_count, NEW.paused_at) f
                          UNION ALL
                          SELECT -1, f.* FROM report_open_days_of(OLD.received_at, OLD.ended_at, OLD.due_at, OLD.receiving_office_id,
                              OLD.procedure_code, OLD.channel, OLD.status, OLD.outcome, OLD.supplement_request_count, OLD.paused_at) f) c
                    GROUP BY c.day, c.office_id, c.procedure_code) d
                WHERE (d.open_dossiers, d.overdue, d.index_on_time) <> (0, 0, 0)
                ORDER BY d.day, d.office_id, d.procedure_code
                ON CONFLICT (day, office_id, procedure_code) DO UPDATE SET
                    open_dossiers = t.open_dossiers + excluded.open_dossiers,
                    overdue = t.overdue + excluded.overdue,
                    index_on_time = t.index_on_time + excluded.index_on_time;

                RETURN NULL;
            END
            $$;

            CREATE TRIGGER keep_report_facts
            AFTER INSERT OR DELETE OR UPDATE OF received_at, ended_at, due_at, receiving_office_id, procedure_code, channel, status,
                outcome, supplement_request_count, paused_at
            ON dossiers FOR EACH ROW EXECUTE FUNCTION dossiers_keep_report_facts();
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Schema);
            migrationBuilder.Sql(Reports.ReportFactsBackfill.Sql);

            migrationBuilder.DropIndex(
                name: "ix_dossiers_report",
                table: "dossiers");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_report_long_running",
                table: "dossiers");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_received_at",
                table: "dossiers",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_report_not_ended",
                table: "dossiers",
                column: "received_at",
                filter: "ended_at IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "due_at", "receiving_office_id", "procedure_code", "status", "supplement_request_count", "paused_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER keep_report_facts ON dossiers;
                DROP FUNCTION dossiers_keep_report_facts();
                DROP FUNCTION report_open_days_of, report_flows_of;
                DROP TABLE report_daily_open, report_daily_flows;
                """);

            migrationBuilder.DropIndex(
                name: "ix_dossiers_received_at",
                table: "dossiers");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_report_not_ended",
                table: "dossiers");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_report",
                table: "dossiers",
                column: "received_at")
                .Annotation("Npgsql:IndexInclude", new[] { "ended_at", "due_at", "receiving_office_id", "procedure_code", "channel", "status", "outcome", "supplement_request_count", "paused_at" });

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_report_long_running",
                table: "dossiers",
                column: "received_at",
                filter: "ended_at IS NULL OR ended_at - received_at > interval '45 days'")
                .Annotation("Npgsql:IndexInclude", new[] { "ended_at", "due_at", "receiving_office_id", "procedure_code", "channel", "status", "outcome", "supplement_request_count", "paused_at" });
        }
    }
}
