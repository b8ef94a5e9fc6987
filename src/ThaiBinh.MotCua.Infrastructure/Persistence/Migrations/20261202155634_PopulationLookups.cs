using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PopulationLookups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "identity_lookup_id",
                table: "dossiers",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "identity_verified_at",
                table: "dossiers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "population_lookups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    officer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    office_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    citizen_id = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    dossier_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    request_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_population_lookups", x => x.id);
                    table.ForeignKey(
                        name: "fk_population_lookups_officers_officer_id",
                        column: x => x.officer_id,
                        principalTable: "officers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_population_lookups_offices_office_id",
                        column: x => x.office_id,
                        principalTable: "offices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_identity_lookup_id",
                table: "dossiers",
                column: "identity_lookup_id");

            migrationBuilder.CreateIndex(
                name: "ix_population_lookups_citizen_id_requested_at",
                table: "population_lookups",
                columns: new[] { "citizen_id", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_population_lookups_office_id",
                table: "population_lookups",
                column: "office_id");

            migrationBuilder.CreateIndex(
                name: "ix_population_lookups_officer_id",
                table: "population_lookups",
                column: "officer_id");

            migrationBuilder.CreateIndex(
                name: "ix_population_lookups_request_id",
                table: "population_lookups",
                column: "request_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_population_lookups_requested_at",
                table: "population_lookups",
                column: "requested_at");

            migrationBuilder.AddForeignKey(
                name: "fk_dossiers_population_lookups_identity_lookup_id",
                table: "dossiers",
                column: "identity_lookup_id",
                principalTable: "population_lookups",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_dossiers_population_lookups_identity_lookup_id",
                table: "dossiers");

            migrationBuilder.DropTable(
                name: "population_lookups");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_identity_lookup_id",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "identity_lookup_id",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "identity_verified_at",
                table: "dossiers");
        }
    }
}
