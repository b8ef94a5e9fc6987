using Microsoft.EntityFrameworkCore.Migrations;

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "supplement_reasons",
                table: "dossiers");
        }
    }
}
