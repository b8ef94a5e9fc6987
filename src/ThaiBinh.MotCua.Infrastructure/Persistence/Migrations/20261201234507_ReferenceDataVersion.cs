using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ReferenceDataVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reference_data_versions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reference_data_versions", x => x.id);
                    table.CheckConstraint("ck_reference_data_versions_single_row", "id = 1");
                });

            // Each statement that changes reference data stamps the version with its transaction's
            // id, in that transaction: the API processes' caches see the change from the first request
            // after the commit. A transaction id is never handed out twice by a cluster, so a database
            // restored from an older copy (a backup, the tests' baseline) never shows a version a cache
            // already holds with other content, as a counter restored with it would. Officers count
            // only for what the cache holds of them (names, postings, roles), not their sign-in times.
            migrationBuilder.Sql("""
                INSERT INTO reference_data_versions (id, version) VALUES (1, pg_current_xact_id()::text::bigint);

                CREATE FUNCTION raise_reference_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE reference_data_versions SET version = pg_current_xact_id()::text::bigint WHERE id = 1;
                    RETURN NULL;
                END $$;
                """);
            foreach (var table in ReferenceTables)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_raise_reference_data_version
                    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
                    FOR EACH STATEMENT EXECUTE FUNCTION raise_reference_data_version();
                    """);
            }

            migrationBuilder.Sql("""
                CREATE TRIGGER officers_raise_reference_data_version
                AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF username, full_name, office_id, roles, is_active ON officers
                FOR EACH STATEMENT EXECUTE FUNCTION raise_reference_data_version();
                """);
        }

        private static readonly string[] ReferenceTables =
            ["administrative_levels", "administrative_units", "unit_predecessors", "offices", "procedures", "procedure_versions", "calendar_days"];

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in ReferenceTables.Append("officers"))
            {
                migrationBuilder.Sql($"DROP TRIGGER {table}_raise_reference_data_version ON {table};");
            }

            migrationBuilder.Sql("DROP FUNCTION raise_reference_data_version();");
            migrationBuilder.DropTable(
                name: "reference_data_versions");
        }
    }
}
