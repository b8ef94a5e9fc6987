using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Desk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "desk_guidances");

            migrationBuilder.DropColumn(
                name: "supplement_reasons",
                table: "dossiers");
        }
    }
}
