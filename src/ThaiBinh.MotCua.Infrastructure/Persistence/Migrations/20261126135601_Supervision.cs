using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Supervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_dossiers_open_due_at",
                table: "dossiers");

            migrationBuilder.AddColumn<short>(
                name: "due_state",
                table: "dossiers",
                type: "smallint",
                nullable: false,
                defaultValue: (short)0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "overdue_since",
                table: "dossiers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<short>(
                name: "step_due_state",
                table: "dossiers",
                type: "smallint",
                nullable: false,
                defaultValue: (short)0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "step_overdue_since",
                table: "dossiers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "supervision_snapshots",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    open_count = table.Column<int>(type: "integer", nullable: false),
                    due_soon_count = table.Column<int>(type: "integer", nullable: false),
                    overdue_count = table.Column<int>(type: "integer", nullable: false),
                    overdue_step_count = table.Column<int>(type: "integer", nullable: false),
                    taken_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_snapshots", x => new { x.subject_id, x.day });
                });

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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "supervision_snapshots");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_open_by_state",
                table: "dossiers");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_open_flags",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "due_state",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "overdue_since",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "step_due_state",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "step_overdue_since",
                table: "dossiers");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_open_due_at",
                table: "dossiers",
                column: "due_at",
                filter: "status IN (2, 4, 5, 6)");
        }
    }
}
