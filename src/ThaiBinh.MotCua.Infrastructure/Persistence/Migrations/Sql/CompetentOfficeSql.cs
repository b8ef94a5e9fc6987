namespace ThaiBinh.MotCua.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// The competent office (cơ quan chủ trì giải quyết) of dossiers received before the column existed,
/// by the rule of <c>Dossier.CompetentOfficeOf</c>: the office of the route's approval, else of its first
/// appraisal, else the receiving desk. A SQL function, so the backfill and the scale generator's bulk
/// load (tests/ThaiBinh.MotCua.Benchmarks/Scale/generate.sql) spell the rule once.
/// </summary>
internal static class CompetentOfficeSql
{
    public const string CreateFunction = """
        CREATE FUNCTION competent_office_of(steps jsonb, receiving_office_id uuid) RETURNS uuid
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT coalesce(
                (SELECT (s.step->>'officeId')::uuid FROM jsonb_array_elements(steps) WITH ORDINALITY AS s(step, n)
                 WHERE s.step->>'kind' = 'Approve' ORDER BY s.n LIMIT 1),
                (SELECT (s.step->>'officeId')::uuid FROM jsonb_array_elements(steps) WITH ORDINALITY AS s(step, n)
                 WHERE s.step->>'kind' = 'Assess' ORDER BY s.n LIMIT 1),
                receiving_office_id)
        $$;
        """;

    /// <summary>Fills the new column, then drops the placeholder default the column was added with: every writer names the office.</summary>
    public const string Backfill = """
        UPDATE dossiers SET competent_office_id = competent_office_of(steps, receiving_office_id);
        ALTER TABLE dossiers ALTER COLUMN competent_office_id DROP DEFAULT;
        """;

    public const string DropFunction = "DROP FUNCTION competent_office_of(jsonb, uuid);";
}
