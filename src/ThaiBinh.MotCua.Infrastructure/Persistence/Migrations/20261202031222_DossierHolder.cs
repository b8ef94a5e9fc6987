using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DossierHolder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_dossiers_open_queue",
                table: "dossiers");

            migrationBuilder.AddColumn<Guid>(
                name: "current_holder_id",
                table: "dossiers",
                type: "uuid",
                nullable: true);

            // Open dossiers take their holder from their last hand-off; a closed one's is read nowhere
            // (a closed dossier has no holder on any screen), so history is not rewritten for it. The
            // report facts' trigger does not watch this column.
            migrationBuilder.Sql("""
                UPDATE dossiers d SET current_holder_id = h.to_officer_id
                FROM (SELECT DISTINCT ON (dossier_id) dossier_id, to_officer_id
                      FROM dossier_handoffs ORDER BY dossier_id, sequence DESC) h
                WHERE h.dossier_id = d.id AND d.status IN (2, 4, 5, 6, 9) AND h.to_officer_id IS NOT NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_open_queue",
                table: "dossiers",
                columns: new[] { "current_office_id", "due_at", "code" },
                filter: "status IN (2, 4, 5, 6, 9)")
                .Annotation("Npgsql:IndexInclude", new[] { "status", "current_holder_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_dossiers_open_queue",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "current_holder_id",
                table: "dossiers");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_open_queue",
                table: "dossiers",
                columns: new[] { "current_office_id", "due_at", "code" },
                filter: "status IN (2, 4, 5, 6, 9)");
        }
    }
}
