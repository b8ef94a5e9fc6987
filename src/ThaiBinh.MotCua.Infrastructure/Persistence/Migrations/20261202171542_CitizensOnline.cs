using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CitizensOnline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "fees",
                table: "procedure_versions",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'{\"items\":[],\"collection\":\"AtReceipt\",\"pausesClock\":false}'::jsonb");

            migrationBuilder.AlterColumn<Guid>(
                name: "received_by_id",
                table: "dossiers",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

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

            migrationBuilder.CreateTable(
                name: "dossier_files",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    document_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    media_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    length = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    digitised = table.Column<bool>(type: "boolean", nullable: false),
                    reused = table.Column<bool>(type: "boolean", nullable: false),
                    from_national_store = table.Column<bool>(type: "boolean", nullable: false),
                    uploaded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_dossier_files_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalTable: "dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "payment_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    amount_vnd = table.Column<long>(type: "bigint", nullable: false),
                    items = table.Column<string>(type: "jsonb", nullable: false),
                    collection = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    method = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    transaction_id = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    pay_url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    requested_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    collected_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    settled_by_reconciliation = table.Column<bool>(type: "boolean", nullable: false),
                    failed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    failure_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    refunded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    refunded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    refund_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payment_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_payment_requests_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalTable: "dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_payment_requests_officers_collected_by_id",
                        column: x => x.collected_by_id,
                        principalTable: "officers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_payment_requests_officers_refunded_by_id",
                        column: x => x.refunded_by_id,
                        principalTable: "officers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_payment_requests_officers_requested_by_id",
                        column: x => x.requested_by_id,
                        principalTable: "officers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateTable(
                name: "rejected_payment_callbacks",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    remote_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rejected_payment_callbacks", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_identity_lookup_id",
                table: "dossiers",
                column: "identity_lookup_id");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_portal_code",
                table: "dossiers",
                column: "portal_code",
                unique: true,
                filter: "portal_code IS NOT NULL");

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

            migrationBuilder.CreateIndex(
                name: "ix_dossier_files_dossier_id_role_document_name_version",
                table: "dossier_files",
                columns: new[] { "dossier_id", "role", "document_name", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payment_requests_collected_by_id",
                table: "payment_requests",
                column: "collected_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_payment_requests_dossier_id_created_at",
                table: "payment_requests",
                columns: new[] { "dossier_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_payment_requests_pending",
                table: "payment_requests",
                column: "sent_at",
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_payment_requests_reference",
                table: "payment_requests",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payment_requests_refunded_by_id",
                table: "payment_requests",
                column: "refunded_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_payment_requests_requested_by_id",
                table: "payment_requests",
                column: "requested_by_id");

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

            migrationBuilder.CreateIndex(
                name: "ix_rejected_payment_callbacks_received_at",
                table: "rejected_payment_callbacks",
                column: "received_at");

            migrationBuilder.AddForeignKey(
                name: "fk_dossiers_population_lookups_identity_lookup_id",
                table: "dossiers",
                column: "identity_lookup_id",
                principalTable: "population_lookups",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.Sql(Sql.EvaluationLinkTemplatesSql.AddLink);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Sql.EvaluationLinkTemplatesSql.RemoveLink);

            migrationBuilder.DropForeignKey(
                name: "fk_dossiers_population_lookups_identity_lookup_id",
                table: "dossiers");

            migrationBuilder.DropTable(
                name: "dossier_evaluations");

            migrationBuilder.DropTable(
                name: "dossier_files");

            migrationBuilder.DropTable(
                name: "payment_requests");

            migrationBuilder.DropTable(
                name: "population_lookups");

            migrationBuilder.DropTable(
                name: "rejected_payment_callbacks");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_identity_lookup_id",
                table: "dossiers");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_portal_code",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "fees",
                table: "procedure_versions");

            migrationBuilder.DropColumn(
                name: "identity_lookup_id",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "identity_verified_at",
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
