using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Notifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_pending",
                table: "outbox_messages");

            migrationBuilder.AddColumn<long>(
                name: "position",
                table: "outbox_messages",
                type: "bigint",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn);

            migrationBuilder.AddColumn<string>(
                name: "email",
                table: "officers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "notice_channel",
                table: "dossiers",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "none");

            migrationBuilder.AddColumn<string>(
                name: "notice_email",
                table: "dossiers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "notice_phone",
                table: "dossiers",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

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

            migrationBuilder.AlterColumn<Guid>(
                name: "officer_id",
                table: "audit_entries",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.CreateTable(
                name: "notice_templates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    channel = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notice_templates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_deliveries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    recipient = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    ordering_key = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    claimed_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    claim_token = table.Column<Guid>(type: "uuid", nullable: true),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    dead_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_deliveries", x => x.id);
                    table.CheckConstraint("ck_outbox_deliveries_state", "state IN ('pending', 'delivered', 'dead')");
                    table.ForeignKey(
                        name: "fk_outbox_deliveries_outbox_messages_message_id",
                        column: x => x.message_id,
                        principalTable: "outbox_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                table: "outbox_messages",
                column: "position",
                filter: "planned_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_portal_sync",
                table: "dossiers",
                column: "received_at")
                .Annotation("Npgsql:IndexInclude", new[] { "receiving_office_id", "competent_office_id", "procedure_code", "status", "portal_synced_at", "portal_synced_status" });

            migrationBuilder.CreateIndex(
                name: "ix_notice_templates_message_type_channel",
                table: "notice_templates",
                columns: new[] { "message_type", "channel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_deliveries_due",
                table: "outbox_deliveries",
                column: "next_attempt_at",
                filter: "state = 'pending'");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_deliveries_message_id_channel_recipient",
                table: "outbox_deliveries",
                columns: new[] { "message_id", "channel", "recipient" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_deliveries_pending_key",
                table: "outbox_deliveries",
                column: "ordering_key",
                filter: "state = 'pending' AND ordering_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_deliveries_state_created_at",
                table: "outbox_deliveries",
                columns: new[] { "state", "created_at" });

            migrationBuilder.Sql(Sql.OutboxNotifySql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Sql.OutboxNotifySql.Down);

            migrationBuilder.DropTable(
                name: "notice_templates");

            migrationBuilder.DropTable(
                name: "outbox_deliveries");

            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_pending",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_portal_sync",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "position",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "email",
                table: "officers");

            migrationBuilder.DropColumn(
                name: "notice_channel",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "notice_email",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "notice_phone",
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

            migrationBuilder.AlterColumn<Guid>(
                name: "officer_id",
                table: "audit_entries",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                table: "outbox_messages",
                column: "occurred_at",
                filter: "planned_at IS NULL");
        }
    }
}
