using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Payments : Migration
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
                name: "ix_rejected_payment_callbacks_received_at",
                table: "rejected_payment_callbacks",
                column: "received_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payment_requests");

            migrationBuilder.DropTable(
                name: "rejected_payment_callbacks");

            migrationBuilder.DropColumn(
                name: "fees",
                table: "procedure_versions");
        }
    }
}
