using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Evaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dossier_evaluations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    answer_letters = table.Column<string>(type: "character(9)", fixedLength: true, maxLength: 9, nullable: false),
                    overall = table.Column<int>(type: "integer", nullable: false),
                    comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    channel = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    receiving_office_id = table.Column<Guid>(type: "uuid", nullable: false),
                    receiving_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    returned_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    returning_office_id = table.Column<Guid>(type: "uuid", nullable: false),
                    returning_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_by_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_evaluations", x => x.id);
                    table.CheckConstraint("ck_dossier_evaluations_answers", "answer_letters ~ '^[abc]{9}$'");
                    table.CheckConstraint("ck_dossier_evaluations_overall", "overall BETWEEN 1 AND 3");
                    table.ForeignKey(
                        name: "fk_dossier_evaluations_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalTable: "dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_dossier_evaluations_officers_received_by_id",
                        column: x => x.received_by_id,
                        principalTable: "officers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_dossier_evaluations_officers_recorded_by_id",
                        column: x => x.recorded_by_id,
                        principalTable: "officers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_dossier_evaluations_officers_returned_by_id",
                        column: x => x.returned_by_id,
                        principalTable: "officers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_dossier_evaluations_offices_receiving_office_id",
                        column: x => x.receiving_office_id,
                        principalTable: "offices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_dossier_evaluations_offices_returning_office_id",
                        column: x => x.returning_office_id,
                        principalTable: "offices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dossier_evaluations_at",
                table: "dossier_evaluations",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_dossier_evaluations_dossier_id",
                table: "dossier_evaluations",
                column: "dossier_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dossier_evaluations_received_by_id",
                table: "dossier_evaluations",
                column: "received_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_dossier_evaluations_receiving_office_id",
                table: "dossier_evaluations",
                column: "receiving_office_id");

            migrationBuilder.CreateIndex(
                name: "ix_dossier_evaluations_recorded_by_id",
                table: "dossier_evaluations",
                column: "recorded_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_dossier_evaluations_returned_by_id",
                table: "dossier_evaluations",
                column: "returned_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_dossier_evaluations_returning_office_id",
                table: "dossier_evaluations",
                column: "returning_office_id");

            migrationBuilder.Sql(Sql.EvaluationLinkTemplatesSql.AddLink);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Sql.EvaluationLinkTemplatesSql.RemoveLink);
            migrationBuilder.DropTable(
                name: "dossier_evaluations");
        }
    }
}
