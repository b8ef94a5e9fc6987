using System.Globalization;
using Npgsql;

namespace ThaiBinh.MotCua.Benchmarks.Scale;

/// <summary>What was loaded: counts by status and timeliness, shares, and the sizes on disk.</summary>
public static class ScaleReport
{
    public static async Task PrintAsync(NpgsqlConnection connection, ScaleModel model, long handoffs, long actions)
    {
        var parameters = new Dictionary<string, object>
        {
            ["anchor"] = model.Anchor.ToUniversalTime(),
            ["lastYear"] = model.Anchor.AddYears(-1).ToUniversalTime(),
            ["firstYear"] = model.Anchor.AddYears(1 - model.Years).ToUniversalTime(),
        };
        var row = (await ScaleSql.QueryAsync(connection, """
            SELECT count(*),
                   count(*) FILTER (WHERE status IN (2, 4, 5, 6, 9)),
                   count(*) FILTER (WHERE status = 2), count(*) FILTER (WHERE status = 4),
                   count(*) FILTER (WHERE status = 5), count(*) FILTER (WHERE status = 6),
                   count(*) FILTER (WHERE status = 9),
                   count(*) FILTER (WHERE status IN (2, 4, 5, 6) AND paused_at IS NULL AND due_at < @anchor),
                   count(*) FILTER (WHERE status = 9 AND due_at < @anchor),
                   count(*) FILTER (WHERE status = 10), count(*) FILTER (WHERE status = 3),
                   count(*) FILTER (WHERE status = 7), count(*) FILTER (WHERE status = 8),
                   count(*) FILTER (WHERE status IN (9, 10) AND ended_at <= due_at
                                    AND (ended_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date < (due_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date),
                   count(*) FILTER (WHERE status IN (9, 10) AND ended_at <= due_at
                                    AND (ended_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date = (due_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date),
                   count(*) FILTER (WHERE status IN (9, 10) AND ended_at > due_at),
                   count(*) FILTER (WHERE status IN (9, 10) AND outcome = 'Refused'),
                   count(*) FILTER (WHERE supplement_request_count = 1),
                   count(*) FILTER (WHERE supplement_request_count >= 2),
                   count(*) FILTER (WHERE channel = 2), count(*) FILTER (WHERE channel = 3),
                   count(*) FILTER (WHERE received_at < @firstYear),
                   count(*) FILTER (WHERE received_at < @firstYear AND channel = 2),
                   count(*) FILTER (WHERE received_at >= @lastYear),
                   count(*) FILTER (WHERE received_at >= @lastYear AND channel = 2),
                   min(received_at), max(received_at),
                   count(*) FILTER (WHERE return_timeliness = 'Late')
            FROM dossiers
            """, parameters))[0];
        var n = row.Select(v => v is DateTime ? 0L : Convert.ToInt64(v, CultureInfo.InvariantCulture)).ToArray();
        var total = n[0];
        var open = n[1];
        var ended = n[13] + n[14] + n[15];
        ScaleGenerator.Say("=== scale data set ===");
        Line($"dossiers {total:N0}; received {row[25]:yyyy-MM-dd HH:mm} … {row[26]:yyyy-MM-dd HH:mm} UTC; {handoffs:N0} hand-offs, {actions:N0} actions");
        Line($"open {open:N0} ({Share(open, total)}): received (2) {n[2]:N0}, in progress (4) {n[3]:N0}, supplement requested (5) {n[4]:N0}, "
            + $"financial obligation (6) {n[5]:N0}, result ready (9) {n[6]:N0}");
        Line($"  past due at the anchor: {n[7]:N0} still processing ({Share(n[7], open)} of open), "
            + $"{n[8]:N0} results ready whose due moment has passed (the flagging SQL counts both as overdue)");
        Line($"closed: returned (10) {n[9]:N0}, not accepted (3) {n[10]:N0} ({Share(n[10], total)}), withdrawn (7) {n[11]:N0} ({Share(n[11], total)}), "
            + $"stopped (8) {n[12]:N0} ({Share(n[12], total)})");
        Line($"ended with a result (9, 10) by ended_at vs due_at: early {n[13]:N0} ({Share(n[13], ended)}), on time {n[14]:N0} ({Share(n[14], ended)}), "
            + $"late {n[15]:N0} ({Share(n[15], ended)}); refused after appraisal {n[16]:N0} ({Share(n[16], ended)}); returned late {n[27]:N0}");
        Line($"supplement requests: one {n[17]:N0} ({Share(n[17], total)}), two or more {n[18]:N0} ({Share(n[18], total)})");
        Line($"channels: online {Share(n[19], total)}, postal {Share(n[20], total)}; online in the first year {Share(n[22], n[21])}, in the last year {Share(n[24], n[23])}");

        var levels = await ScaleSql.QueryAsync(connection, """
            SELECT u.level_code, count(DISTINCT c.office), sum(c.n)
            FROM (SELECT receiving_office_id AS office, count(*) AS n FROM dossiers GROUP BY 1) c
            JOIN offices o ON o.id = c.office JOIN administrative_units u ON u.id = o.unit_id
            GROUP BY 1 ORDER BY 3 DESC
            """);
        Line("by receiving level: " + string.Join(", ", levels.Select(l =>
            $"{l[0]} {Convert.ToInt64(l[2], CultureInfo.InvariantCulture):N0} ({Share(Convert.ToInt64(l[2], CultureInfo.InvariantCulture), total)}) over {l[1]} offices")));

        var sizes = await ScaleSql.QueryAsync(connection, """
            SELECT t, pg_size_pretty(pg_total_relation_size(t::regclass)), pg_size_pretty(pg_relation_size(t::regclass)),
                   pg_size_pretty(pg_indexes_size(t::regclass))
            FROM unnest(ARRAY['dossiers', 'dossier_handoffs', 'dossier_actions', 'dossier_code_counters']) t
            UNION ALL
            SELECT 'database ' || current_database(), pg_size_pretty(pg_database_size(current_database())), '', ''
            """);
        foreach (var size in sizes)
        {
            Line($"size {size[0]}: {size[1]}" + (size[2] is "" ? string.Empty : $" (table {size[2]}, indexes {size[3]})"));
        }
    }

    private static string Share(long part, long whole) =>
        whole == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:F2} %");

    private static void Line(string text) => ScaleGenerator.Say("  " + text);
}
