using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LedgerNumbersAndOpenQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ledger_number",
                table: "dossiers",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "dossier_ledger_counters",
                columns: table => new
                {
                    office_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    last_number = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_ledger_counters", x => new { x.office_code, x.year });
                });

            // Dossiers received so far get the entry the receipt counted for them, and each office's
            // book of the year continues after its last entry.
            migrationBuilder.Sql(Dossiers.DossierLedgerBackfill.Sql);

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_open_queue",
                table: "dossiers",
                columns: new[] { "current_office_id", "due_at", "code" },
                filter: "status IN (2, 4, 5, 6, 9)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossier_ledger_counters");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_open_queue",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "ledger_number",
                table: "dossiers");
        }
    }
}
