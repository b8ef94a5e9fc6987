using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using ThaiBinh.MotCua.Infrastructure.Persistence.Migrations.Sql;

#nullable disable

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Issue 14 (Hưng Yên, Decree 118, TT 03/2025): the record of applied reference change sets; office codes
    /// unique only among working offices; on the dossier the competent office (backfilled from each route)
    /// and the applicant's unit (Decree 118: reception regardless of boundary) and the supplement's reasons;
    /// the desk's guidance on incomplete papers, which creates no dossier.
    /// </summary>
    public partial class HungYen2025 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_offices_code",
                table: "offices");

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

            migrationBuilder.AddColumn<string>(
                name: "supplement_reasons",
                table: "dossiers",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "desk_guidances",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    office_id = table.Column<Guid>(type: "uuid", nullable: false),
                    officer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    procedure_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    procedure_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    applicant_full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    applicant_citizen_id = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    applicant_birth_date = table.Column<DateOnly>(type: "date", nullable: true),
                    applicant_tax_code = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    applicant_representative = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    applicant_phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    applicant_email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    applicant_address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    items = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    reasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_desk_guidances", x => x.id);
                    table.ForeignKey(
                        name: "fk_desk_guidances_officers_officer_id",
                        column: x => x.officer_id,
                        principalTable: "officers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_desk_guidances_offices_office_id",
                        column: x => x.office_id,
                        principalTable: "offices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_desk_guidances_procedure_versions_procedure_version_id",
                        column: x => x.procedure_version_id,
                        principalTable: "procedure_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reference_change_sets",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    legal_source = table.Column<string>(type: "text", nullable: false),
                    description = table.Column<string>(type: "text", nullable: false),
                    checksum = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reference_change_sets", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_offices_code",
                table: "offices",
                column: "code",
                unique: true,
                filter: "valid_to IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_applicant_unit_id",
                table: "dossiers",
                column: "applicant_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_competent_office_id_received_at",
                table: "dossiers",
                columns: new[] { "competent_office_id", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_desk_guidances_number",
                table: "desk_guidances",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_desk_guidances_office_id_at",
                table: "desk_guidances",
                columns: new[] { "office_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_desk_guidances_officer_id",
                table: "desk_guidances",
                column: "officer_id");

            migrationBuilder.CreateIndex(
                name: "ix_desk_guidances_procedure_version_id",
                table: "desk_guidances",
                column: "procedure_version_id");

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

            migrationBuilder.DropTable(
                name: "desk_guidances");

            migrationBuilder.DropTable(
                name: "reference_change_sets");

            migrationBuilder.DropIndex(
                name: "ix_offices_code",
                table: "offices");

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

            migrationBuilder.DropColumn(
                name: "supplement_reasons",
                table: "dossiers");

            migrationBuilder.CreateIndex(
                name: "ix_offices_code",
                table: "offices",
                column: "code",
                unique: true);
        }
    }
}
