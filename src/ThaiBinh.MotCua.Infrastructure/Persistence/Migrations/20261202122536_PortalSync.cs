using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PortalSync : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "portal_sync_error",
                table: "dossiers",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "portal_synced_at",
                table: "dossiers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "portal_synced_status",
                table: "dossiers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "portal_synced_version",
                table: "dossiers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "portal_synced_at",
                table: "dossier_actions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_portal_sync",
                table: "dossiers",
                column: "received_at")
                .Annotation("Npgsql:IndexInclude", new[] { "receiving_office_id", "competent_office_id", "procedure_code", "status", "portal_synced_at", "portal_synced_status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_dossiers_portal_sync",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "portal_sync_error",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "portal_synced_at",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "portal_synced_status",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "portal_synced_version",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "portal_synced_at",
                table: "dossier_actions");
        }
    }
}
