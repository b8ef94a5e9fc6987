using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProcessingReport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_dossiers_open_by_state",
                table: "dossiers");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_open_flags",
                table: "dossiers");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ended_at",
                table: "dossiers",
                type: "timestamp with time zone",
                nullable: true);

            // Dossiers already ended: the first move to "result ready", else the closing moment.
            migrationBuilder.Sql("""
                UPDATE dossiers d SET ended_at = coalesce(
                    (SELECT min(a.at) FROM dossier_actions a WHERE a.dossier_id = d.id AND a.to_status = 9),
                    d.finished_at)
                WHERE d.status IN (3, 7, 8, 9, 10);
                """);

            // Results waiting at the desk are no longer flagged overdue; the next run would reset
            // them anyway, but supervisors' lists should be right from the start.
            migrationBuilder.Sql("UPDATE dossiers SET due_state = 0, step_due_state = 0, overdue_since = NULL, step_overdue_since = NULL WHERE status = 9 AND (due_state <> 0 OR step_due_state <> 0);");

            // Ten million dossiers: the default thresholds (a tenth, a fifth of the table) would leave
            // statistics of the flagged states and the visibility map weeks behind. Supervision lists
            // need the former to pick the per-office index, the report's index-only scans the latter.
            migrationBuilder.Sql("""
                ALTER TABLE dossiers SET (
                    autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 10000,
                    autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 50000);
                """);

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_flagged",
                table: "dossiers",
                columns: new[] { "due_at", "code" },
                filter: "status IN (2, 4, 5, 6, 9) AND due_state IN (1, 2)");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_flagged_by_office",
                table: "dossiers",
                columns: new[] { "receiving_office_id", "due_at", "code" },
                filter: "status IN (2, 4, 5, 6, 9) AND due_state IN (1, 2)");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_open_flags",
                table: "dossiers",
                column: "due_at",
                filter: "status IN (2, 4, 5, 6, 9)")
                .Annotation("Npgsql:IndexInclude", new[] { "id", "status", "receiving_office_id", "current_step_due_at", "paused_at", "due_state", "step_due_state" });

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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE dossiers RESET (autovacuum_analyze_scale_factor, autovacuum_analyze_threshold, autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold);");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_flagged",
                table: "dossiers");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_flagged_by_office",
                table: "dossiers");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_open_flags",
                table: "dossiers");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_report",
                table: "dossiers");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_report_long_running",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "ended_at",
                table: "dossiers");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_open_by_state",
                table: "dossiers",
                columns: new[] { "due_state", "due_at", "code" },
                filter: "status IN (2, 4, 5, 6, 9)");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_open_flags",
                table: "dossiers",
                column: "due_at",
                filter: "status IN (2, 4, 5, 6, 9)")
                .Annotation("Npgsql:IndexInclude", new[] { "id", "current_step_due_at", "paused_at", "due_state", "step_due_state" });
        }
    }
}
