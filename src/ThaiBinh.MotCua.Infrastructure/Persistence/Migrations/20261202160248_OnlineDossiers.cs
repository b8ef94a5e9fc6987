using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OnlineDossiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "received_by_id",
                table: "dossiers",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<string>(
                name: "portal_code",
                table: "dossiers",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "portal_owner_id",
                table: "dossiers",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "submitted_online_at",
                table: "dossiers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_portal_code",
                table: "dossiers",
                column: "portal_code",
                unique: true,
                filter: "portal_code IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_dossiers_portal_code",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "portal_code",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "portal_owner_id",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "submitted_online_at",
                table: "dossiers");

            migrationBuilder.AlterColumn<Guid>(
                name: "received_by_id",
                table: "dossiers",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
