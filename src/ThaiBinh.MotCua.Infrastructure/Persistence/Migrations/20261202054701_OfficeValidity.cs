using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OfficeValidity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "successor_id",
                table: "offices",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "valid_from",
                table: "offices",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_offices_successor_id",
                table: "offices",
                column: "successor_id");

            migrationBuilder.AddForeignKey(
                name: "fk_offices_offices_successor_id",
                table: "offices",
                column: "successor_id",
                principalTable: "offices",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_offices_offices_successor_id",
                table: "offices");

            migrationBuilder.DropIndex(
                name: "ix_offices_successor_id",
                table: "offices");

            migrationBuilder.DropColumn(
                name: "successor_id",
                table: "offices");

            migrationBuilder.DropColumn(
                name: "valid_from",
                table: "offices");
        }
    }
}
