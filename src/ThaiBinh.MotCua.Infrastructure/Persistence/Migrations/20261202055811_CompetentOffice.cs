using System;
using Microsoft.EntityFrameworkCore.Migrations;
using ThaiBinh.MotCua.Infrastructure.Persistence.Migrations.Sql;

#nullable disable

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The competent office and the applicant's unit on the dossier (Decree 118: reception regardless of
    /// administrative boundary); existing dossiers get their competent office from their route.
    /// </summary>
    public partial class CompetentOffice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "applicant_unit_id",
                table: "dossiers",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "competent_office_id",
                table: "dossiers",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.Sql(CompetentOfficeSql.CreateFunction);
            migrationBuilder.Sql(CompetentOfficeSql.Backfill);

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_applicant_unit_id",
                table: "dossiers",
                column: "applicant_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_competent_office_id_received_at",
                table: "dossiers",
                columns: new[] { "competent_office_id", "received_at" });

            migrationBuilder.AddForeignKey(
                name: "fk_dossiers_administrative_units_applicant_unit_id",
                table: "dossiers",
                column: "applicant_unit_id",
                principalTable: "administrative_units",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_dossiers_offices_competent_office_id",
                table: "dossiers",
                column: "competent_office_id",
                principalTable: "offices",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CompetentOfficeSql.DropFunction);

            migrationBuilder.DropForeignKey(
                name: "fk_dossiers_administrative_units_applicant_unit_id",
                table: "dossiers");

            migrationBuilder.DropForeignKey(
                name: "fk_dossiers_offices_competent_office_id",
                table: "dossiers");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_applicant_unit_id",
                table: "dossiers");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_competent_office_id_received_at",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "applicant_unit_id",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "competent_office_id",
                table: "dossiers");
        }
    }
}
